package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unhunch.settings.ModelSettingsBuilder;
import org.unhunch.sitting.SittingSettings;
import org.unhunch.testing.LogCapture;

/** This run's --set values on top of settings the store hands the agent later. */
class CommandLineSettingsTest {

    @RegisterExtension
    final LogCapture logged = new LogCapture(CommandLineSettings.class);

    /** --set engaged.limit=25m, which must not be shorter than break.gap. */
    private final SittingSettings atStart = settings("break.gap", "5m", "engaged.limit", "25m");
    private final CommandLineSettings commandLine = new CommandLineSettings(
            stored -> new ModelSettingsBuilder(stored).set("engaged.limit", "25m").build(), atStart);

    @Test
    void values_that_go_together_are_applied_and_nothing_is_said() {
        SittingSettings stored = settings("sit.limit", "30m");

        assertThat(commandLine.apply(stored).sitLimit()).isEqualTo(Duration.ofMinutes(30));
        assertThat(commandLine.apply(stored).engagedLimit()).isEqualTo(Duration.ofMinutes(25));
        assertThat(logged.events()).isEmpty();
    }

    @Test
    void a_store_that_no_longer_goes_with_the_command_line_keeps_the_start_settings_and_says_so_once_per_change() {
        SittingSettings policy = settings("break.gap", "30m");

        assertThat(commandLine.apply(policy)).isEqualTo(atStart);
        assertThat(commandLine.apply(policy)).isEqualTo(atStart);

        assertThat(logged.events()).hasSize(1);
        String said = logged.events().get(0).getFormattedMessage();
        assertThat(said).contains("engaged.limit=25m", "break.gap=30m", "break.gap=5m", "keeps the settings it started");

        commandLine.apply(settings("break.gap", "26m"));
        assertThat(logged.events()).extracting(ILoggingEvent::getFormattedMessage).hasSize(2).last().asString()
                .contains("break.gap=26m");
    }

    @Test
    void after_the_store_fits_again_a_new_misfit_is_said_again() {
        SittingSettings policy = settings("break.gap", "30m");
        commandLine.apply(policy);
        commandLine.apply(settings("sit.limit", "30m"));

        commandLine.apply(policy);

        assertThat(logged.events()).hasSize(2);
    }

    private static SittingSettings settings(String... keysAndValues) {
        ModelSettingsBuilder builder = new ModelSettingsBuilder(SittingSettings.DEFAULTS);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.set(keysAndValues[i], keysAndValues[i + 1]);
        }
        return builder.build();
    }
}
