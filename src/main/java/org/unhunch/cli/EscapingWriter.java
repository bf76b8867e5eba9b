package org.unhunch.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes text with {@link ControlCharacters} escaped, whatever it quotes: what reaches a person's
 * terminal cannot set its title, move its cursor or reorder a line. A carriage return is held back
 * until the next character shows whether it ends a line ({@code \r\n}, kept) or not (escaped).
 */
final class EscapingWriter extends Writer {

    private final Writer out;
    private boolean heldReturn;

    EscapingWriter(Writer out) {
        super(out);
        this.out = out;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        synchronized (lock) {
            StringBuilder escaped = new StringBuilder(length + 16);
            for (int i = offset; i < offset + length; i++) {
                char c = text[i];
                if (heldReturn) {
                    heldReturn = false;
                    if (c == '\n') {
                        escaped.append("\r\n");
                        continue;
                    }
                    ControlCharacters.appendEscape(escaped, '\r');
                }
                if (c == '\r') {
                    heldReturn = true;
                } else if (ControlCharacters.isEscaped(c)) {
                    ControlCharacters.appendEscape(escaped, c);
                } else {
                    escaped.append(c);
                }
            }
            out.write(escaped.toString());
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (heldReturn) {
                heldReturn = false;
                out.write("\\u000d");
            }
            out.close();
        }
    }
}
