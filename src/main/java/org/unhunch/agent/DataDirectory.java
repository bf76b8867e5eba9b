package org.unhunch.agent;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folder for the agent's data, logs and native library: Linux
 * {@code $XDG_DATA_HOME/unhunch} or {@code ~/.local/share/unhunch}, Windows
 * {@code %LOCALAPPDATA%\Unhunch}, macOS {@code ~/Library/Application Support/Unhunch}. The
 * system property {@code unhunch.dataDir} or the environment variable {@code UNHUNCH_DATA_DIR}
 * overrides it (tests, portable installs). It is the user's alone: {@link PrivateDataFolder}.
 */
public final class DataDirectory {

    public static final String PROPERTY = "unhunch.dataDir";
    public static final String ENVIRONMENT = "UNHUNCH_DATA_DIR";
    /** The folder of the agent's rolling log files, in the data folder. */
    public static final String LOGS = "logs";
    /** The folder the input hook's native library is extracted into, in the data folder. */
    public static final String NATIVE = "native";

    private DataDirectory() {
    }

    public static Path forCurrentUser() {
        return resolve(System.getProperty(PROPERTY), System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
    }

    static Path resolve(String property, Map<String, String> env, String osName, String home) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        if (notBlank(env.get(ENVIRONMENT))) {
            return Path.of(env.get(ENVIRONMENT));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return notBlank(local) ? Path.of(local, "Unhunch") : Path.of(home, "AppData", "Local", "Unhunch");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Unhunch");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return notBlank(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg, "unhunch")
                : Path.of(home, ".local", "share", "unhunch");
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
