package org.unhunch.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import org.unhunch.agent.DataDirectory;
import org.unhunch.files.LinksAside;
import org.unhunch.files.OwnerOnly;

/**
 * Adds the agent's rolling log file, {@code logs/unhunch.log} in the data folder (14 days, 10 MB a
 * file). The folder is 700 and every log file 600, rolled ones included; so rolled files are not
 * compressed (Logback would write the compressed copy as a new file, 644). A symbolic link in place
 * of the folder or the file is moved aside, never followed, and said in the log.
 */
final class LoggingSetup {

    private LoggingSetup() {
    }

    /** @return the log file */
    static Path logToFile(Path dataDirectory, String name) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Path folder = dataDirectory.resolve(DataDirectory.LOGS);
        Path file = folder.resolve(name + ".log");
        List<String> linksMovedAside = new ArrayList<>();
        try {
            LinksAside.moveAside(folder, Instant.now()).ifPresent(linksMovedAside::add);
            OwnerOnly.createFolders(folder);
        } catch (IOException e) {
            // Logback tries again, and says nothing either: the agent runs without its log file.
        }

        Encoder<ILoggingEvent> encoder = EscapedPatternLayout.encoder(context,
                "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{20} - %msg%n", StandardCharsets.UTF_8);

        RollingFileAppender<ILoggingEvent> appender = rollingFile(context, folder, name, FileSize.valueOf("10MB"),
                encoder, linksMovedAside::add);
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        linksMovedAside.forEach(LoggerFactory.getLogger(LoggingSetup.class)::warn);
        return file;
    }

    /**
     * The started appender of the log {@code NAME.log} in {@code folder}, created 600 ({@link
     * PrivateRollingFileAppender}), rolled daily and at {@code maxFileSize} into
     * {@code NAME.YYYY-MM-DD.N.log}, 14 days and 100 MB kept.
     *
     * @param said told of a link found in place of a log file and moved aside
     */
    static RollingFileAppender<ILoggingEvent> rollingFile(LoggerContext context, Path folder, String name,
                                                          FileSize maxFileSize, Encoder<ILoggingEvent> encoder,
                                                          Consumer<String> said) {
        RollingFileAppender<ILoggingEvent> appender = new PrivateRollingFileAppender<>(said);
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(folder.resolve(name + ".log").toString());
        appender.setEncoder(encoder);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(folder.resolve(name + ".%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(maxFileSize);
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("100MB"));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.start();
        return appender;
    }
}
