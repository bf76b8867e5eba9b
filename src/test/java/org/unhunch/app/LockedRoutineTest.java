package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.settings.InvalidSettingException;
import org.unhunch.settings.SettingsStore;
import org.unhunch.sitting.SittingSettings;
import org.unhunch.testing.DataFolderProperty;
import org.unhunch.testing.LogCapture;
import org.unhunch.testing.MemoryPreferences;

/**
 * A lock wins over {@code run --routine} and {@code --routine-file} too (issue 10, section 4): the
 * start is refused with the words of {@code settings set}, before the display or the data folder is
 * touched, and a lock pushed while the agent runs wins over them. On preference roots of the
 * test's own.
 */
class LockedRoutineTest {

    private static final String ROUTINES = "{\"format\":1,\"routines\":[{\"id\":\"stand-up\",\"name\":\"Stand up\","
            + "\"steps\":[{\"id\":\"stand\",\"title\":\"Stand up\",\"guidance\":[\"Stand and walk a little.\"],"
            + "\"seconds\":60}]}]}";

    @TempDir
    Path dir;

    @RegisterExtension
    final LogCapture said = new LogCapture(RoutineChoice.class);

    private final Preferences system = new MemoryPreferences();
    private final SettingsStore store = new SettingsStore(new MemoryPreferences(), system, note -> { });

    private void lock(String key, String value) throws BackingStoreException {
        system.node(SettingsStore.LOCKED_NODE).put(key, value);
        system.flush();
    }

    /** What {@code settings set KEY VALUE} says (after "unhunch settings: ") when the key is locked. */
    private String settingsSetRefusal(String key, String value) {
        try {
            store.set(key, value);
        } catch (InvalidSettingException e) {
            return e.getMessage();
        }
        throw new AssertionError("settings set " + key + " was not refused");
    }

    private StartRefused refusedStart(Path routineFile, String routineId) {
        AgentOptions options = new AgentOptions(true, 1, SittingSettings.DEFAULTS, settings -> settings,
                routineFile, routineId, (events, file) -> { }, () -> { });
        Path data = dir.resolve("fresh-data-folder");
        try (DataFolderProperty pointed = DataFolderProperty.pointAt(data)) {
            StartRefused[] refused = new StartRefused[1];
            assertThatThrownBy(() -> new AgentStart(() -> Optional.of("no display in this test")).agent(options,
                    store, new EventOutput(event -> { }, () -> { }), note -> { }))
                    .isInstanceOfSatisfying(StartRefused.class, thrown -> refused[0] = thrown);
            assertThat(data).as("a refused start leaves no data folder").doesNotExist();
            return refused[0];
        }
    }

    @Test
    void a_routine_asked_for_on_the_command_line_against_a_locked_routine_id_is_bad_input() throws Exception {
        lock("routine.id", "mid-back-reset");

        StartRefused refused = refusedStart(null, "quick-reset");

        assertThat(refused.reason()).isEqualTo(StartRefused.Reason.BAD_INPUT);
        assertThat(refused.getMessage()).isEqualTo(settingsSetRefusal("routine.id", "quick-reset"))
                .isEqualTo("routine.id=quick-reset: set by your organisation (mid-back-reset); it cannot be changed"
                        + " here");
    }

    @Test
    void a_routine_file_asked_for_on_the_command_line_against_a_locked_routine_file_is_bad_input() throws Exception {
        Path theirs = Files.writeString(dir.resolve("theirs.json"), ROUTINES);
        Path mine = Files.writeString(dir.resolve("mine.json"), ROUTINES);
        lock("routine.file", theirs.toString());

        StartRefused refused = refusedStart(mine, null);

        assertThat(refused.reason()).isEqualTo(StartRefused.Reason.BAD_INPUT);
        assertThat(refused.getMessage()).isEqualTo(settingsSetRefusal("routine.file", mine.toString()))
                .isEqualTo("routine.file=" + mine + ": set by your organisation (" + theirs + "); it cannot be"
                        + " changed here");
    }

    @Test
    void a_routine_on_the_command_line_of_a_setting_that_is_not_locked_is_no_reason_to_refuse() throws Exception {
        lock("routine.file", dir.resolve("theirs.json").toString());

        assertThat(refusedStart(null, "quick-reset").reason()).as("refused for the display alone")
                .isEqualTo(StartRefused.Reason.NO_DISPLAY);
    }

    @Test
    void a_lock_pushed_while_the_agent_runs_wins_over_the_command_lines_routine_and_file() throws Exception {
        Path theirs = Files.writeString(dir.resolve("theirs.json"), ROUTINES);
        Path mine = Files.writeString(dir.resolve("mine.json"), ROUTINES.replace("stand-up", "my-own"));
        assertThat(RoutineChoice.plan(null, "quick-reset", store.all()).routine().id()).isEqualTo("quick-reset");
        assertThat(RoutineChoice.plan(mine, null, store.all()).routine().id()).isEqualTo("my-own");

        lock("routine.id", "mid-back-reset");
        assertThat(RoutineChoice.plan(null, "quick-reset", store.all()).routine().id()).isEqualTo("mid-back-reset");
        lock("routine.file", theirs.toString());
        lock("routine.id", "stand-up");
        assertThat(RoutineChoice.plan(mine, null, store.all()).routine().id()).isEqualTo("stand-up");

        assertThat(said.events()).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Your organisation has locked routine.id at mid-back-reset; this run's quick-reset gives way to it",
                "Your organisation has locked routine.file at " + theirs + "; this run's " + mine + " gives way to it");
    }
}
