package org.unhunch.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One in-process run of the command line, with what it printed. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        return into(new ByteArrayOutputStream(), args);
    }

    /** One run whose standard output is {@code out} (what it printed is kept only for a byte array). */
    static CliRun into(OutputStream out, String... args) {
        StringWriter err = new StringWriter();
        int status = Main.run(args, InputStream.nullInputStream(), out, new PrintWriter(err, true));
        return new CliRun(status, out instanceof ByteArrayOutputStream bytes
                ? bytes.toString(StandardCharsets.UTF_8) : "", err.toString());
    }

    /** Standard output that fails every write as {@code message} says ("Broken pipe", "No space left on device"). */
    static OutputStream failingOutput(String message) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                throw new IOException(message);
            }
        };
    }

    List<String> outLines() {
        return out.lines().toList();
    }
}
