package org.unhunch.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A symbolic link found where Unhunch keeps a file of its own ({@code breaks.db} and its
 * {@code -wal} and {@code -shm}, {@code agent.lock}, a log file) is never followed, dangling or
 * not: whoever put it there would have Unhunch create, write or truncate a file elsewhere. The link
 * itself is renamed out of the way, so nothing is lost and what it leads to is left alone; Unhunch
 * then creates a file of its own under the name.
 */
public final class LinksAside {

    /** Between a file's name and the UTC time in the name of a link moved aside. */
    public static final String INFIX = ".link-";

    private LinksAside() {
    }

    /**
     * If {@code file} is a symbolic link, renames the link (never what it leads to) to
     * {@code NAME.link-<UTC time>}, or a free name like it, and returns a sentence that says so.
     *
     * @return empty when {@code file} is not a symbolic link
     */
    public static Optional<String> moveAside(Path file, Instant now) throws IOException {
        if (!Files.isSymbolicLink(file)) {
            return Optional.empty();
        }
        String target = Files.readSymbolicLink(file).toString();
        Path aside = AsideName.free(file, file.getFileName() + INFIX, now,
                name -> Files.exists(name, LinkOption.NOFOLLOW_LINKS));
        Files.move(file, aside);
        return Optional.of(file + " was a symbolic link (to " + target + "), which Unhunch never follows; the link"
                + " was renamed " + aside + " and Unhunch uses a file of its own there.");
    }
}
