package org.unhunch.cli;

import java.io.IOException;
import java.io.Writer;
import org.unhunch.text.TerminalText;

/**
 * Writes whole lines with {@link TerminalText}'s characters escaped, whatever they quote: what
 * reaches a person's terminal cannot set its title, move its cursor or reorder a line. A carriage
 * return and a high surrogate are held until the next character shows what they are, across writes.
 */
final class EscapingWriter extends Writer {

    private final Writer out;
    private final TerminalText.Escaper escaper = new TerminalText.Escaper(true);

    EscapingWriter(Writer out) {
        super(out);
        this.out = out;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        synchronized (lock) {
            StringBuilder escaped = new StringBuilder(length + 16);
            for (int i = offset; i < offset + length; i++) {
                escaper.append(text[i], escaped);
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
            StringBuilder held = new StringBuilder();
            escaper.finish(held);
            out.write(held.toString());
            out.close();
        }
    }
}
