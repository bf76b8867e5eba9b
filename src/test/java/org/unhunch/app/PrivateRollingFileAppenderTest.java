package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unhunch.testing.PosixModes.mode;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.rolling.TimeBasedFileNamingAndTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.PosixModes;

/** Every log file the agent's appender writes, rolled ones included, is the user's alone. */
class PrivateRollingFileAppenderTest {

    @TempDir
    Path logs;

    @Test
    void the_log_and_every_rolled_file_are_600() throws Exception {
        PosixModes.require(logs);
        LoggerContext context = context();
        RollingFileAppender<ILoggingEvent> appender = LoggingSetup.rollingFile(context, logs, "unhunch",
                FileSize.valueOf("1KB"), lines(context), message -> { });
        Logger logger = context.getLogger("test");
        logger.setLevel(Level.INFO);
        logger.addAppender(appender);
        // Logback checks the size at most every 60 ms of its clock: each line comes 100 ms of that clock later.
        TimeBasedFileNamingAndTriggeringPolicy<ILoggingEvent> trigger =
                ((SizeAndTimeBasedRollingPolicy<ILoggingEvent>) appender.getRollingPolicy())
                        .getTimeBasedFileNamingAndTriggeringPolicy();
        long logbackTime = trigger.getCurrentTime();
        for (int line = 0; line < 100; line++) {
            trigger.setCurrentTime(logbackTime += 100);
            logger.info("line {} {}", line, "x".repeat(80));
        }
        context.stop();

        List<Path> files;
        try (Stream<Path> listed = Files.list(logs)) {
            files = listed.sorted().toList();
        }
        // Logback's own account of its rolling, for a failure that cannot be replayed here.
        assertThat(files).as("rolled at 1 KB; Logback said %s", context.getStatusManager().getCopyOfStatusList())
                .hasSizeGreaterThan(2);
        for (Path file : files) {
            assertThat(mode(file)).as(file.getFileName().toString()).isEqualTo(0600);
        }
    }

    @Test
    void a_link_in_place_of_the_log_file_is_moved_aside_and_a_file_600_is_written() throws Exception {
        PosixModes.require(logs);
        Path target = Files.writeString(Files.createDirectory(logs.resolve("elsewhere")).resolve("notes.txt"),
                "someone's notes");
        Path file = logs.resolve("unhunch.log");
        Files.createSymbolicLink(file, target);
        List<String> said = new ArrayList<>();
        LoggerContext context = context();
        RollingFileAppender<ILoggingEvent> appender = LoggingSetup.rollingFile(context, logs, "unhunch",
                FileSize.valueOf("1MB"), lines(context), said::add);
        Logger logger = context.getLogger("test");
        logger.addAppender(appender);
        logger.warn("a line");
        context.stop();

        assertThat(target).hasContent("someone's notes");
        assertThat(Files.isSymbolicLink(file)).isFalse();
        assertThat(file).hasContent("a line");
        assertThat(mode(file)).isEqualTo(0600);
        assertThat(said).singleElement().asString().contains("symbolic link");
    }

    private static LoggerContext context() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    /** Each message as a line. */
    private static PatternLayoutEncoder lines(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        return encoder;
    }
}
