package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What the log quotes (a trace line, a setting, an answer) reaches the log file and standard error inert. */
class LogEscapingTest {

    private static final String TITLE = "\u001b]0;PWNED\u0007";

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);

    @Test
    void the_log_file_holds_no_control_characters_from_a_message_its_arguments_or_an_exception(@TempDir Path data)
            throws IOException {
        Path file = LoggingSetup.logToFile(data, "escaping-test");
        Appender<ILoggingEvent> appender = root.getAppender("FILE");
        try {
            org.slf4j.Logger log = LoggerFactory.getLogger("org.unhunch.test.escaping");
            log.info("Settings changed to '{}'", "sit.limit=45m" + TITLE);
            log.info("A trace line \u202eevil\u202c", new IllegalStateException("bad " + TITLE));
        } finally {
            root.detachAppender(appender);
            appender.stop();
        }

        byte[] written = Files.readAllBytes(file);
        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(written).doesNotContain(0x1b, 0x07);
        assertThat(text).doesNotContain("\u202e", "\u202c")
                .contains("'sit.limit=45m\\u001b]0;PWNED\\u0007'", "\\u202eevil\\u202c",
                        "java.lang.IllegalStateException: bad \\u001b]0;PWNED\\u0007")
                .contains("\tat org.unhunch.app.LogEscapingTest");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_warnings_on_standard_error_hold_none_either() {
        OutputStreamAppender<ILoggingEvent> stderr = (OutputStreamAppender<ILoggingEvent>) context
                .getLogger("org.unhunch").getAppender("STDERR");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), context.getLogger("org.unhunch.test"), Level.WARN,
                "The routine file {} cannot be read", null, new Object[] {"/tmp/x" + TITLE + ".json"});

        String line = new String(stderr.getEncoder().encode(event), StandardCharsets.UTF_8);

        assertThat(line).isEqualTo("unhunch: The routine file /tmp/x\\u001b]0;PWNED\\u0007.json cannot be read"
                + System.lineSeparator());
    }
}
