package org.unhunch.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line (ended by LF, CR or CRLF, as {@link java.io.BufferedReader}) keeping at
 * most {@code maxChars} of a line: the rest of a longer line is read and thrown away, so one
 * endless line never fills the memory.
 */
final class BoundedLineReader {

    /** A line; {@code text} is empty when it was longer than the bound. */
    record Line(String text, boolean tooLong) {
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private boolean afterCarriageReturn;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** @return the next line, or {@code null} at the end of the input */
    Line next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? ended(tooLong) : null;
                }
            }
            char c = buffer[position++];
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == '\n' || c == '\r') {
                afterCarriageReturn = c == '\r';
                return ended(tooLong);
            }
            any = true;
            if (line.length() < maxChars) {
                line.append(c);
            } else {
                tooLong = true;
            }
        }
    }

    private Line ended(boolean tooLong) {
        return tooLong ? new Line("", true) : new Line(line.toString(), false);
    }
}
