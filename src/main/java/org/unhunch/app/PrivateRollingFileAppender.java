package org.unhunch.app;

import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.unhunch.files.LinksAside;
import org.unhunch.files.OwnerOnly;

/**
 * Logback's rolling file appender, with each new log file created 600 before Logback opens it (it
 * would create it with the process's default, 644). Rolled files keep that mode: rolling renames them.
 * A symbolic link in place of the log file is never written through: it is moved aside, and
 * {@code said} is told (it cannot be logged from here, while the file is being opened).
 */
final class PrivateRollingFileAppender<E> extends RollingFileAppender<E> {

    private final Consumer<String> said;

    PrivateRollingFileAppender(Consumer<String> said) {
        this.said = said;
    }

    @Override
    public void openFile(String fileName) throws IOException {
        Path file = Path.of(fileName);
        LinksAside.moveAside(file, Instant.now()).ifPresent(said);
        OwnerOnly.createFileIfAbsent(file);
        super.openFile(fileName);
    }
}
