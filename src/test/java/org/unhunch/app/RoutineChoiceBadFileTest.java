package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.settings.Layer;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore.Resolved;
import org.unhunch.testing.LogCapture;

/**
 * Issue 9, finding 4: whatever is wrong with the routine file the settings name (as a policy may
 * lock it for everyone), the agent starts: the problem is said, naming the file, and the bundled
 * routine is used.
 */
class RoutineChoiceBadFileTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final LogCapture said = new LogCapture(RoutineChoice.class);

    private static Map<Setting, Resolved> lockedTo(String routineFile) {
        Map<Setting, Resolved> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, new Resolved(setting, setting.defaultValue(), Layer.BUILT_IN));
        }
        values.put(Setting.ROUTINE_FILE, new Resolved(Setting.ROUTINE_FILE, routineFile, Layer.ORGANISATION_LOCK));
        return values;
    }

    private String saidOnce() {
        assertThat(said.events()).hasSize(1);
        return said.events().get(0).getFormattedMessage();
    }

    @Test
    void a_null_routine_or_step_is_said_and_the_bundled_routine_is_used() throws Exception {
        Path nullRoutine = dir.resolve("null-routine.json");
        Files.writeString(nullRoutine, "{\"format\":1,\"routines\":[null]}");
        assertThat(RoutineChoice.plan(null, null, lockedTo(nullRoutine.toString())).routine().id())
                .isEqualTo("mid-back-reset");
        assertThat(saidOnce()).contains(nullRoutine + ": routines[0]: must be a routine")
                .contains("Using the bundled Mid-back reset");

        said.events().clear();
        Path nullStep = dir.resolve("null-step.json");
        Files.writeString(nullStep, "{\"format\":1,\"routines\":[{\"id\":\"r\",\"name\":\"R\",\"steps\":[null]}]}");
        assertThat(RoutineChoice.plan(null, null, lockedTo(nullStep.toString())).routine().id())
                .isEqualTo("mid-back-reset");
        assertThat(saidOnce()).contains(nullStep + ": routines[0].steps[0]: must be a step");
    }

    @Test
    void a_stored_path_that_is_no_path_is_said_and_the_bundled_routine_is_used() {
        RoutineChoice.Plan plan = RoutineChoice.plan(null, null, lockedTo("/tmp/a\u0000b.json"));
        assertThat(plan.routine().id()).isEqualTo("mid-back-reset");
        assertThat(plan.steps()).isNotEmpty();
        assertThat(saidOnce()).contains("'/tmp/a\\u0000b.json'").contains("not a valid path")
                .contains("Using the bundled Mid-back reset");
    }

    @Test
    void a_folder_is_said_and_the_bundled_routine_is_used() {
        assertThat(RoutineChoice.plan(null, null, lockedTo(dir.toString())).routine().id())
                .isEqualTo("mid-back-reset");
        assertThat(saidOnce()).contains(dir + ": is not a regular file");
    }

    @Test
    void an_unexpected_failure_while_reading_is_said_naming_the_file_and_the_bundled_routine_is_used()
            throws Exception {
        Path zip = dir.resolve("routines.zip");
        Path inside;
        URI zipUri = URI.create("jar:" + zip.toUri());
        try (FileSystem zipped = FileSystems.newFileSystem(zipUri, Map.of("create", "true"))) {
            inside = zipped.getPath("/ours.json");
            Files.writeString(inside, "{}");
        }
        // The file system is closed now: reading throws ClosedFileSystemException, an unchecked exception.
        assertThat(RoutineChoice.choose(inside, null).id()).isEqualTo("mid-back-reset");
        assertThat(saidOnce()).contains("/ours.json").contains("Using the bundled Mid-back reset");
    }
}
