package org.unhunch.files;

/**
 * What the access decisions need to know about one file or folder, read without following a
 * final symbolic link: its kind, whose it is, and its POSIX mode bits (permissions, sticky bit).
 *
 * @param groupIsTheUsersOwn the file's group is the user's primary group and carries the user's
 *                           name (a user private group, as Debian and Fedora create for each user)
 */
public record FileFacts(Kind kind, Owner owner, boolean groupIsTheUsersOwn, int mode) {

    /** The kind of file. */
    public enum Kind { FOLDER, FILE, LINK, OTHER }

    /** Whose file it is, as far as the decisions care. */
    public enum Owner {
        /** The user Unhunch runs as (also when that is root). */
        USER,
        /** The administrator (uid 0), when Unhunch runs as someone else. */
        ROOT,
        SOMEONE_ELSE
    }

    private static final int STICKY = 01000;

    /** Group or others may read, write or enter it. */
    public boolean openToOthers() {
        return (mode & 0077) != 0;
    }

    boolean writableByGroup() {
        return (mode & 0020) != 0;
    }

    boolean writableByOthers() {
        return (mode & 0002) != 0;
    }

    /** Entries in a sticky folder can be renamed or removed only by their owner, the folder's owner and root. */
    boolean sticky() {
        return (mode & STICKY) != 0;
    }

    /** The mode as {@code ls -l} users know it: {@code 755}, {@code 1777}. */
    public String octalMode() {
        return Integer.toOctalString(mode & 07777);
    }
}
