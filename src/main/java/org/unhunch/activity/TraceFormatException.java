package org.unhunch.activity;

import java.nio.file.Path;

/** A trace file line that cannot be replayed; the message names the file and line. */
public final class TraceFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The line number of a problem with the file as a whole. */
    public static final long WHOLE_FILE = 0;

    private final transient Path file;
    private final long line;

    public TraceFormatException(Path file, long line, String problem) {
        super(line == WHOLE_FILE ? file + ": " + problem : file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }
}
