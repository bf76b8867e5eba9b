package org.unhunch.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK syncs the preferences every 30 seconds and once more at exit, on threads of its own. Where
 * the store cannot be written (a read-only home, a locked-down profile) that sync throws, and the
 * JDK would print the stack trace after Unhunch has already said, once, that settings cannot be
 * saved. This sends it to the log instead; any other uncaught exception is printed as before.
 */
final class PreferencesSyncFailures implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesSyncFailures.class);

    PreferencesSyncFailures() {
    }

    /** Installs it for this process (the agent later puts its own handler in place of it). */
    static void logInsteadOfPrinting() {
        Thread.setDefaultUncaughtExceptionHandler(new PreferencesSyncFailures());
    }

    @Override
    public void uncaughtException(Thread thread, Throwable problem) {
        if (fromPreferencesSync(problem)) {
            LOG.info("The preferences could not be synced on thread {}: {}", thread.getName(), problem.toString());
            return;
        }
        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
        problem.printStackTrace(System.err);
    }

    /** Whether {@code problem} was thrown by the JDK's sync of its file-based preferences. */
    static boolean fromPreferencesSync(Throwable problem) {
        for (StackTraceElement frame : problem.getStackTrace()) {
            if (frame.getClassName().equals("java.util.prefs.FileSystemPreferences")
                    && frame.getMethodName().equals("syncWorld")) {
                return true;
            }
        }
        return false;
    }
}
