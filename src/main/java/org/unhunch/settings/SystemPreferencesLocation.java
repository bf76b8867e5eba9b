package org.unhunch.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where {@code java.util.prefs} keeps the machine's (system) preferences, which IT's policy is
 * written to. On Linux the JDK uses {@code /etc/.java/.systemPrefs} (or
 * {@code $java.util.prefs.systemRoot/.systemPrefs}) only if that folder exists, and otherwise falls
 * back, silently, to {@code $JAVA_HOME/.systemPrefs}: inside the installed runtime, where an update
 * would lose it. An administrator's {@code policy import} makes the folder first.
 */
public final class SystemPreferencesLocation {

    private SystemPreferencesLocation() {
    }

    /** Where the system preferences are (a folder, a registry key, a property list). */
    public static String describe() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "HKEY_LOCAL_MACHINE\\Software\\JavaSoft\\Prefs";
        }
        if (os.startsWith("mac")) {
            return "/Library/Preferences/com.apple.java.util.prefs.plist";
        }
        return folder().toString();
    }

    /** On Linux and other Unix systems: the folder the JDK keeps the system preferences in. */
    static Path folder() {
        Path chosen = chosenFolder();
        return Files.isDirectory(chosen) ? chosen : Path.of(System.getProperty("java.home"), ".systemPrefs");
    }

    /**
     * Makes the chosen folder on Linux and other Unix systems, where it can, so that the JDK writes
     * there rather than into its own runtime. Must run before the first {@code Preferences} call.
     */
    public static void prepareForWriting() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return;
        }
        try {
            Files.createDirectories(chosenFolder());
        } catch (IOException | SecurityException e) {
            // Not an administrator: the write fails later with a clear message.
        }
    }

    private static Path chosenFolder() {
        return Path.of(System.getProperty("java.util.prefs.systemRoot", "/etc/.java"), ".systemPrefs");
    }
}
