package org.unhunch.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * A node whose file the JDK could not read back. On Linux and other Unix systems the JDK keeps each
 * node in a {@code prefs.xml}; when it finds that file is not well-formed XML it renames it
 * {@code IncorrectFormatPrefs.xml}, logs one line and reads the node as empty, so every value in it
 * silently returns to its default. This finds the file it kept aside, so that it can be said.
 */
final class UnreadableNode {

    static final String KEPT_ASIDE = "IncorrectFormatPrefs.xml";

    private UnreadableNode() {
    }

    /** The file the JDK kept aside for node {@code path} under {@code root}, if there is one. */
    static Optional<Path> keptAside(Preferences root, String path) {
        return NodeFiles.folder(root, path).map(folder -> folder.resolve(KEPT_ASIDE)).filter(Files::isRegularFile);
    }
}
