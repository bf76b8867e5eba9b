package org.unhunch.testing;

import java.nio.file.Path;
import org.unhunch.agent.DataDirectory;

/** Points the commands run in this JVM at a test's own data folder, and back again on close. */
public final class DataFolderProperty implements AutoCloseable {

    private final String before;

    private DataFolderProperty(String before) {
        this.before = before;
    }

    public static DataFolderProperty pointAt(Path folder) {
        DataFolderProperty restore = new DataFolderProperty(System.getProperty(DataDirectory.PROPERTY));
        System.setProperty(DataDirectory.PROPERTY, folder.toString());
        return restore;
    }

    @Override
    public void close() {
        if (before == null) {
            System.clearProperty(DataDirectory.PROPERTY);
        } else {
            System.setProperty(DataDirectory.PROPERTY, before);
        }
    }
}
