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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        Map<Path, Integer> seen = new TreeMap<>();
        for (int line = 0; line < 100; line++) {
            trigger.setCurrentTime(logbackTime += 100);
            logger.info("line {} {}", line, "x".repeat(80));
            modesNow(seen);
        }
        context.stop();
        modesNow(seen);

        // Each file as it was when seen: Logback's history cleaner, which runs on a thread of its own
        // after each roll, has once removed rolled files of the same day before a look at the end.
        assertThat(seen).as("rolled at 1 KB; Logback said %s", context.getStatusManager().getCopyOfStatusList())
                .hasSizeGreaterThan(2);
        seen.forEach((file, mode) -> assertThat(mode).as(file.getFileName().toString()).isEqualTo(0600));
    }

    /** The mode of every file in the log folder now; one removed meanwhile is left out. */
    private void modesNow(Map<Path, Integer> seen) throws IOException {
        try (Stream<Path> listed = Files.list(logs)) {
            for (Path file : listed.toList()) {
                try {
                    seen.put(file, mode(file));
                } catch (NoSuchFileException removed) {
                    // rolled and cleaned away between the listing and the look
                }
            }
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
