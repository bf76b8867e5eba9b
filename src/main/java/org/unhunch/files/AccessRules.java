package org.unhunch.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.unhunch.files.FileFacts.Kind;
import org.unhunch.files.FileFacts.Owner;

/**
 * Which files and folders Unhunch keeps private data in or loads code from, decided from their
 * {@link FileFacts} alone (so a test can hand it any owner and mode). Private data (the break
 * history, the logs) must be the user's and open to nobody else: a folder 700, a file 600. Code (the
 * input hook's native library) must come from a file and through folders nobody but the user and
 * the administrator can change.
 */
public final class AccessRules {

    private static final int FOLDER_MODE = 0700;

    private AccessRules() {
    }

    /** A folder Unhunch keeps private data in: the user's, tightened to 700 if group or others may use it. */
    public static Verdict privateFolder(FileFacts folder) {
        if (folder.kind() != Kind.FOLDER) {
            return Verdict.refuse("is not a folder");
        }
        if (folder.owner() != Owner.USER) {
            return Verdict.refuse("belongs to another user");
        }
        if (folder.openToOthers()) {
            return Verdict.tighten(FOLDER_MODE, "was open to other users (mode " + folder.octalMode() + ")");
        }
        return Verdict.keep();
    }

    /**
     * A file Unhunch keeps private data in: the user's, with group and others' permissions taken
     * away (644 becomes 600). Anything but a regular file (a link) is left as it is.
     */
    public static Verdict privateFile(FileFacts file) {
        if (file.kind() != Kind.FILE) {
            return Verdict.keep();
        }
        if (file.owner() != Owner.USER) {
            return Verdict.refuse("belongs to another user");
        }
        if (file.openToOthers()) {
            return Verdict.tighten(file.mode() & 0700, "was open to other users (mode " + file.octalMode() + ")");
        }
        return Verdict.keep();
    }

    /**
     * A folder on the way to code Unhunch loads: nobody but the user and root may add, rename or
     * remove what is in it. A folder others may write is safe only with the sticky bit ({@code /tmp});
     * one its group may write, only when that group is the user's own private group.
     */
    public static Verdict trustedFolder(FileFacts folder) {
        if (folder.kind() != Kind.FOLDER) {
            return Verdict.refuse("is not a folder");
        }
        if (folder.owner() == Owner.SOMEONE_ELSE) {
            return Verdict.refuse("belongs to another user");
        }
        if (folder.sticky()) {
            return Verdict.keep();
        }
        if (folder.writableByOthers()) {
            return Verdict.refuse("can be changed by other users (mode " + folder.octalMode() + ")");
        }
        if (folder.writableByGroup() && !(folder.owner() == Owner.USER && folder.groupIsTheUsersOwn())) {
            return Verdict.refuse("can be changed by the members of its group (mode " + folder.octalMode() + ")");
        }
        return Verdict.keep();
    }

    /**
     * A native library Unhunch loads: a regular file nobody else may write, the user's (or, for
     * one an installer shipped, root's).
     */
    public static Verdict trustedLibrary(FileFacts library, boolean installedByTheAdministrator) {
        if (library.kind() != Kind.FILE) {
            return Verdict.refuse("is not a regular file");
        }
        boolean ownerTrusted = library.owner() == Owner.USER
                || library.owner() == Owner.ROOT && installedByTheAdministrator;
        if (!ownerTrusted) {
            return Verdict.refuse("belongs to another user");
        }
        if ((library.mode() & 0022) != 0) {
            return Verdict.refuse("can be written by other users (mode " + library.octalMode() + ")");
        }
        return Verdict.keep();
    }

    /**
     * Refuses unless {@code folder} (a real path: no symbolic links) and every folder above it are
     * {@linkplain #trustedFolder trusted}; where the file system has no owners and modes nothing is
     * checked.
     *
     * @throws UnsafePathException naming the first folder that is not, and why
     */
    public static void requireTrustedChain(Path folder, FactsReader facts) throws IOException {
        requireTrustedChain(folder, Optional.empty(), facts);
    }

    /**
     * {@link #requireTrustedChain(Path, FactsReader)} ending at {@code top} (checked too) when
     * given: a real folder {@code folder} is inside; folders above it are not looked at.
     */
    public static void requireTrustedChain(Path folder, Optional<Path> top, FactsReader facts) throws IOException {
        for (Path step = folder; step != null && top.map(step::startsWith).orElse(true); step = step.getParent()) {
            Optional<FileFacts> read = facts.read(step);
            if (read.isEmpty()) {
                return;
            }
            Verdict verdict = trustedFolder(read.get());
            if (verdict.action() == Verdict.Action.REFUSE) {
                throw new UnsafePathException(step + " " + verdict.reason());
            }
        }
    }
}
