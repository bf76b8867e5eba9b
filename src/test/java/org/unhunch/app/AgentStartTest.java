package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.settings.SettingsStore;
import org.unhunch.sitting.SittingSettings;
import org.unhunch.testing.DataFolderProperty;
import org.unhunch.testing.MemoryPreferences;

/** A start refused for lack of a display leaves no trace. */
class AgentStartTest {

    @Test
    void without_a_display_the_start_is_refused_before_the_data_folder_is_made(@TempDir Path dir) {
        Path data = dir.resolve("fresh-data-folder");
        AgentOptions options = new AgentOptions(true, 1, SittingSettings.DEFAULTS, settings -> settings, null, null,
                (events, file) -> { }, () -> { });
        SettingsStore store = new SettingsStore(new MemoryPreferences(), new MemoryPreferences(), note -> { });

        try (DataFolderProperty pointed = DataFolderProperty.pointAt(data)) {
            assertThatThrownBy(() -> new AgentStart(() -> Optional.of("DISPLAY is not set")).agent(options, store,
                    new EventOutput(event -> { }, () -> { }), note -> { }))
                    .isInstanceOfSatisfying(StartRefused.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(StartRefused.Reason.NO_DISPLAY);
                        assertThat(refused.getMessage()).contains("no graphical display", "DISPLAY is not set");
                    });
        }

        assertThat(data).doesNotExist();
    }
}
