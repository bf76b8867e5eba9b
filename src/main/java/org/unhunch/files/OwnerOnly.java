package org.unhunch.files;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unhunch.files.FileFacts.Kind;
import org.unhunch.files.FileFacts.Owner;

/**
 * The thin platform layer under {@link AccessRules}: creates folders 700 and files 600, reads a
 * path's owner and mode, changes a mode. Where the file system has owners and modes (Linux, macOS)
 * it uses them; elsewhere (Windows) it creates files as the JDK does, inheriting the folder's
 * access list (in {@code %LOCALAPPDATA%}, the user's alone), and reads no facts.
 */
public final class OwnerOnly {

    /** The real reader of facts, for {@link AccessRules#requireTrustedChain}. */
    public static final FactsReader FACTS = OwnerOnly::facts;

    private static final int TYPE_BITS = 0170000;
    private static final int TYPE_FOLDER = 0040000;
    private static final int TYPE_FILE = 0100000;
    private static final int TYPE_LINK = 0120000;
    private static final FileAttribute<Set<PosixFilePermission>> FOLDER =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    private static final FileAttribute<Set<PosixFilePermission>> FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private OwnerOnly() {
    }

    /** Whether this path's file system has POSIX owners and modes. */
    public static boolean hasOwnersAndModes(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("unix");
    }

    /** Creates {@code folder} and any missing folder above it, each 700; existing ones are left as they are. */
    public static Path createFolders(Path folder) throws IOException {
        return hasOwnersAndModes(folder) ? Files.createDirectories(folder, FOLDER) : Files.createDirectories(folder);
    }

    /**
     * Creates {@code file} empty and 600 unless a regular file is there (never through a symbolic
     * link: {@code O_CREAT|O_EXCL|O_NOFOLLOW}).
     *
     * @throws UnsafePathException if a symbolic link (dangling or not) or anything but a regular file is there
     */
    public static void createFileIfAbsent(Path file) throws IOException {
        try {
            Files.newByteChannel(file, Set.<OpenOption>of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS), fileAttributes(file)).close();
        } catch (FileAlreadyExistsException e) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new UnsafePathException(file + (Files.isSymbolicLink(file)
                        ? " is a symbolic link, which Unhunch never follows" : " is not a regular file"));
            }
        }
    }

    /**
     * Opens {@code file} to be written from its start, for a file Unhunch writes for the person (an
     * export, a trace): a new file is created 600; an existing one is emptied and keeps its mode, and
     * a symbolic link is followed, as a shell's {@code >} does, since the person named the path.
     */
    public static OutputStream newOutput(Path file) throws IOException {
        return Channels.newOutputStream(FileChannel.open(file, Set.of(StandardOpenOption.WRITE,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING), fileAttributes(file)));
    }

    /** The attributes that make a new file 600 here, for {@code FileChannel.open} and {@code createTempFile}. */
    public static FileAttribute<?>[] fileAttributes(Path file) {
        return hasOwnersAndModes(file) ? new FileAttribute<?>[] {FILE} : new FileAttribute<?>[0];
    }

    /** The path's facts, not following a final symbolic link; empty where there are no owners and modes. */
    public static Optional<FileFacts> facts(Path path) throws IOException {
        if (!hasOwnersAndModes(path)) {
            return Optional.empty();
        }
        Map<String, Object> unix = Files.readAttributes(path, "unix:mode,uid,gid", LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) unix.get("mode");
        long uid = Integer.toUnsignedLong((Integer) unix.get("uid"));
        long gid = Integer.toUnsignedLong((Integer) unix.get("gid"));
        Owner owner = uid == TheUser.UID ? Owner.USER : uid == 0 ? Owner.ROOT : Owner.SOMEONE_ELSE;
        boolean usersOwnGroup = gid == TheUser.GID && Files.readAttributes(path, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS).group().getName().equals(TheUser.NAME);
        return Optional.of(new FileFacts(kind(mode), owner, usersOwnGroup, mode & 07777));
    }

    /** Sets the permission bits of {@code path} (not following a final link) to {@code mode}, e.g. 0700. */
    public static void setMode(Path path, int mode) throws IOException {
        Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setPermissions(permissions(mode));
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] highBitFirst = {
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE};
        for (int bit = 0; bit < highBitFirst.length; bit++) {
            if ((mode & (0400 >> bit)) != 0) {
                permissions.add(highBitFirst[bit]);
            }
        }
        return permissions;
    }

    private static Kind kind(int mode) {
        return switch (mode & TYPE_BITS) {
            case TYPE_FOLDER -> Kind.FOLDER;
            case TYPE_FILE -> Kind.FILE;
            case TYPE_LINK -> Kind.LINK;
            default -> Kind.OTHER;
        };
    }

    /** The user this process runs as; read only where the file system has owners (the JDK's Unix calls). */
    private static final class TheUser {
        private static final UnixSystem SYSTEM = new UnixSystem();
        static final long UID = SYSTEM.getUid();
        static final long GID = SYSTEM.getGid();
        static final String NAME = SYSTEM.getUsername();
    }
}
