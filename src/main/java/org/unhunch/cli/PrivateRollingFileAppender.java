package org.unhunch.cli;

import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Path;
import org.unhunch.files.OwnerOnly;

/**
 * Logback's rolling file appender, with each new log file created 600 before Logback opens it (it
 * would create it with the process's default, 644). Rolled files keep that mode: rolling renames them.
 */
final class PrivateRollingFileAppender<E> extends RollingFileAppender<E> {

    @Override
    public void openFile(String fileName) throws IOException {
        OwnerOnly.createFileIfAbsent(Path.of(fileName));
        super.openFile(fileName);
    }
}
