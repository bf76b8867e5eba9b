package org.unhunch.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * Logging as every command starts with it, set in code rather than read from {@code logback.xml}:
 * the XML reader cost the agent's start about a third of a second and a few hundred classes.
 * <ul>
 * <li>Standard output carries command output (JSON Lines), so nothing is logged there.</li>
 * <li>Unhunch's own warnings go to standard error, said once and plainly ({@code unhunch: ...}), with
 * the control characters a message quotes escaped ({@link EscapedPatternLayout}).</li>
 * <li>D-Bus's own messages may quote bus addresses and session paths: its problems only.</li>
 * <li>Everything at INFO and above goes to the rolling file that the agent adds ({@link LoggingSetup}).</li>
 * </ul>
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            // Someone's own configuration, named on the command line (to debug a machine): Logback reads it.
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getStatusManager().add(new NopStatusListener());

        Encoder<ILoggingEvent> encoder = EscapedPatternLayout.encoder(context, "unhunch: %msg%n", null);
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        ConsoleAppender<ILoggingEvent> standardError = new ConsoleAppender<>();
        standardError.setContext(context);
        standardError.setName("STDERR");
        standardError.setTarget("System.err");
        standardError.addFilter(warnings);
        standardError.setEncoder(encoder);
        standardError.start();

        context.getLogger("org.unhunch").addAppender(standardError);
        context.getLogger("org.freedesktop.dbus").setLevel(Level.WARN);
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
