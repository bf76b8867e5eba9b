package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unhunch.testing.SettingValues.with;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unhunch.settings.Layer;
import org.unhunch.settings.ModelSettingsBuilder;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.settings.SettingsStore.Resolved;
import org.unhunch.testing.MemoryPreferences;

/** Which values this run took from its command line rather than the store, as the settings dialog says them. */
class CommandLineRunTest {

    private final SettingsStore store = new SettingsStore(new MemoryPreferences(), new MemoryPreferences(), note -> { });

    /** --set sit.limit=30m, under the organisation's locks as the agent puts it. */
    private final CommandLineRun setSitLimit = new CommandLineRun(values -> {
        ModelSettingsBuilder model = new ModelSettingsBuilder(SettingsStore.modelSettings(values)).set("sit.limit", "30m");
        values.values().stream().filter(Resolved::locked).forEach(locked -> locked.setting().model()
                .ifPresent(setting -> model.set(setting.key(), locked.value())));
        return model.build();
    }, null, null);


    @Test
    void a_set_value_other_than_the_stored_one_is_this_runs() {
        assertThat(setSitLimit.fromCommandLine(store.all())).isEqualTo(Map.of(Setting.SIT_LIMIT, "30m"));
    }

    @Test
    void a_set_value_equal_to_the_stored_one_is_not_said() {
        store.set("sit.limit", "30m");

        assertThat(setSitLimit.fromCommandLine(store.all())).isEmpty();
    }

    @Test
    void a_lock_overrules_the_command_line() {
        Map<Setting, Resolved> locked = with(store.all(), Setting.SIT_LIMIT, "1h", Layer.ORGANISATION_LOCK);

        assertThat(setSitLimit.fromCommandLine(locked)).isEmpty();
    }

    @Test
    void a_routine_and_routine_file_from_the_command_line_are_this_runs_unless_locked() {
        CommandLineRun run = new CommandLineRun(SettingsStore::modelSettings, Path.of("/srv/it/routines.json"),
                "quick-reset");

        assertThat(run.fromCommandLine(store.all())).isEqualTo(Map.of(Setting.ROUTINE_ID, "quick-reset",
                Setting.ROUTINE_FILE, "/srv/it/routines.json"));
        assertThat(run.fromCommandLine(with(store.all(), Setting.ROUTINE_ID, "mid-back-reset",
                Layer.ORGANISATION_LOCK))).isEqualTo(Map.of(Setting.ROUTINE_FILE, "/srv/it/routines.json"));
    }

    @Test
    void a_run_without_a_command_line_uses_the_stored_values() {
        assertThat(new CommandLineRun(SettingsStore::modelSettings, null, null).fromCommandLine(store.all())).isEmpty();
    }
}
