package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Logging as every command starts with it, set in code (it was logback.xml). */
class LoggingConfiguratorTest {

    private final LoggerContext context = new LoggerContext();

    LoggingConfiguratorTest() {
        new LoggingConfigurator().configure(context);
    }

    @Test
    void warnings_of_unhunch_reach_standard_error_plainly_and_nothing_less() {
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> stderr = (OutputStreamAppender<ILoggingEvent>) context
                .getLogger("org.unhunch").getAppender("STDERR");

        assertThat(stderr.isStarted()).isTrue();
        assertThat(stderr.getCopyOfAttachedFiltersList().get(0).decide(event(Level.INFO))).isEqualTo(FilterReply.DENY);
        assertThat(stderr.getCopyOfAttachedFiltersList().get(0).decide(event(Level.WARN)))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(new String(stderr.getEncoder().encode(event(Level.WARN)), StandardCharsets.UTF_8))
                .isEqualTo("unhunch: The tray is missing" + System.lineSeparator());
    }

    @Test
    void only_unhunch_speaks_on_standard_error_and_d_bus_only_of_its_problems() {
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext())
                .as("the root logger writes nowhere until the agent adds its log file").isFalse();
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.freedesktop.dbus").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.unhunch.ui").getEffectiveLevel()).isEqualTo(Level.INFO);
    }

    private LoggingEvent event(Level level) {
        return new LoggingEvent(Logger.class.getName(), context.getLogger("org.unhunch.ui"), level,
                "The tray is missing", null, null);
    }
}
