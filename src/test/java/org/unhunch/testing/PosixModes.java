package org.unhunch.testing;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/** Owners and modes of real files for the permission tests (POSIX only; changing an owner needs root). */
public final class PosixModes {

    /** {@code nobody} on Debian and most Linux distributions. */
    public static final int ANOTHER_USER = 65534;

    private PosixModes() {
    }

    /** Skips the calling test where the file system has no owners and modes (Windows). */
    public static void require(Path path) {
        Assumptions.assumeTrue(path.getFileSystem().supportedFileAttributeViews().contains("unix"),
                "POSIX owners and modes only");
    }

    /** The permission bits and sticky bit, as {@code ls} shows them: 0755, 01777. */
    public static int mode(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    }

    public static int owner(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    }

    public static Path chmod(Path path, int mode) throws IOException {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] highBitFirst = PosixFilePermission.values();
        for (int bit = 0; bit < highBitFirst.length; bit++) {
            if ((mode & (0400 >> bit)) != 0) {
                permissions.add(highBitFirst[bit]);
            }
        }
        return Files.setPosixFilePermissions(path, permissions);
    }

    /** Gives the file to {@link #ANOTHER_USER}; skips the calling test unless it runs as root. */
    public static Path giveToAnotherUser(Path path) throws IOException {
        Assumptions.assumeTrue(new UnixSystem().getUid() == 0, "changing a file's owner needs root");
        Files.setAttribute(path, "unix:uid", ANOTHER_USER, LinkOption.NOFOLLOW_LINKS);
        return path;
    }
}
