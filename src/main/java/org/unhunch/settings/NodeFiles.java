package org.unhunch.settings;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * Where the JDK keeps preference nodes as files, for a root that it keeps so: its
 * {@code FileSystemPreferences}, the store on Linux and other Unix systems (one folder a node, the
 * values in {@code prefs.xml}). Elsewhere there are no such files: the Windows registry, macOS
 * property lists, a store in memory. Decided by the store's class, not by the system's name.
 */
final class NodeFiles {

    /** The file of a node's values in its folder. */
    static final String VALUES = "prefs.xml";

    private static final String FILE_SYSTEM_PREFERENCES = "java.util.prefs.FileSystemPreferences";

    private NodeFiles() {
    }

    /** Whether the JDK keeps the nodes under {@code root} as files. */
    static boolean keptInFiles(Preferences root) {
        return root.getClass().getName().equals(FILE_SYSTEM_PREFERENCES);
    }

    /**
     * The folder of node {@code path} under {@code root}, when the JDK keeps it in files and names its
     * folders as the nodes (it encodes names with other characters, which Unhunch's nodes never have).
     */
    static Optional<Path> folder(Preferences root, String path) {
        if (!keptInFiles(root)) {
            return Optional.empty();
        }
        Path folder = rootFolder(root);
        for (String name : (root.absolutePath() + "/" + path).split("/")) {
            if (name.isEmpty()) {
                continue;
            }
            if (!name.chars().allMatch(NodeFiles::keptAsIs)) {
                return Optional.empty();
            }
            folder = folder.resolve(name);
        }
        return Optional.of(folder);
    }

    /** The file of the values of node {@code path} under {@code root}, as {@link #folder}. */
    static Optional<Path> values(Preferences root, String path) {
        return folder(root, path).map(folder -> folder.resolve(VALUES));
    }

    /** The JDK's folder for the whole tree {@code root} belongs to: the user's or the system's. */
    static Path rootFolder(Preferences root) {
        return root.isUserNode()
                ? Path.of(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home")), ".java",
                        ".userPrefs")
                : SystemPreferencesLocation.folder();
    }

    /** Whether the JDK names a node's folder as the node (it encodes other names). */
    private static boolean keptAsIs(int c) {
        return c > 0x1f && c < 0x7f && c != '/' && c != '.' && c != '_';
    }
}
