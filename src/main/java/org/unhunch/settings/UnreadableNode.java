package org.unhunch.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * A node whose file the JDK could not read back. On Linux and other Unix systems the JDK keeps each
 * node in a {@code prefs.xml}; when that file is not well-formed XML it renames it
 * {@code IncorrectFormatPrefs.xml}, logs one line and reads the node as empty, so every value in it
 * silently returns to its default. This finds the file it kept aside, so that it can be said.
 */
final class UnreadableNode {

    static final String KEPT_ASIDE = "IncorrectFormatPrefs.xml";

    private UnreadableNode() {
    }

    /** The file the JDK kept aside for node {@code path} under {@code root}, if there is one. */
    static Optional<Path> keptAside(Preferences root, String path) {
        return folder(root, path).map(folder -> folder.resolve(KEPT_ASIDE)).filter(Files::isRegularFile);
    }

    /** The folder of node {@code path} under {@code root}, when the JDK keeps it in files. */
    static Optional<Path> folder(Preferences root, String path) {
        if (!root.getClass().getName().equals("java.util.prefs.FileSystemPreferences")) {
            return Optional.empty();
        }
        Path folder = root.isUserNode()
                ? Path.of(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home")), ".java",
                        ".userPrefs")
                : SystemPreferencesLocation.folder();
        for (String name : (root.absolutePath() + "/" + path).split("/")) {
            if (name.isEmpty()) {
                continue;
            }
            if (!name.chars().allMatch(UnreadableNode::keptAsIs)) {
                return Optional.empty();
            }
            folder = folder.resolve(name);
        }
        return Optional.of(folder);
    }

    /** Whether the JDK names a node's folder as the node (it encodes other names). */
    private static boolean keptAsIs(int c) {
        return c > 0x1f && c < 0x7f && c != '/' && c != '.' && c != '_';
    }
}
