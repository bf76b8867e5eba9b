package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Finding 15: the JDK's failed preferences sync at exit goes to the log; any other uncaught exception is printed. */
class PreferencesSyncFailuresTest {

    private final PreferencesSyncFailures handler = new PreferencesSyncFailures();

    @Test
    void the_sync_of_a_store_that_cannot_be_written_prints_nothing() {
        SecurityException denied = new SecurityException("Could not lock User prefs. Lock file access denied.");
        denied.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.prefs.FileSystemPreferences", "lockFile", "FileSystemPreferences.java", 945),
            new StackTraceElement("java.util.prefs.FileSystemPreferences", "syncWorld", "FileSystemPreferences.java", 484)
        });
        assertThat(printedBy(new Thread("Sync Timer Thread"), denied)).isEmpty();
    }

    @Test
    void any_other_uncaught_exception_is_printed_as_the_jdk_prints_it() {
        IllegalStateException problem = new IllegalStateException("something else");
        assertThat(printedBy(new Thread("worker"), problem))
                .startsWith("Exception in thread \"worker\" java.lang.IllegalStateException: something else")
                .contains("\tat org.unhunch.cli.PreferencesSyncFailuresTest");
    }

    private String printedBy(Thread thread, Throwable problem) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            handler.uncaughtException(thread, problem);
        } finally {
            System.setErr(stderr);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
