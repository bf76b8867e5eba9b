package org.unhunch.activity;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes live activity as a trace ({@code <t> <observation>} lines, t in seconds since the
 * origin reading). Only times and kinds are written.
 */
public final class TraceWriter implements AutoCloseable {

    private record Line(long ticker, ActivityKind kind) {
    }

    private final Writer out;
    private final long origin;
    private long lastWritten;

    /** @param origin the ticker reading that is t = 0 */
    public TraceWriter(Writer out, long origin) {
        this.out = out;
        this.origin = origin;
        this.lastWritten = origin;
    }

    public void header(String comment) throws IOException {
        out.write("# " + comment.replace('\n', ' ') + "\n");
        out.flush();
    }

    /** Writes the first and latest activity of each kind in {@code window}, in time order, and flushes. */
    public void write(ActivityWindow window, long now) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (ActivityKind kind : ActivityKind.values()) {
            long first = window.first(kind);
            if (first != ActivityRecorder.NONE) {
                lines.add(new Line(first, kind));
                if (window.latest(kind) != first) {
                    lines.add(new Line(window.latest(kind), kind));
                }
            }
        }
        lines.sort(Comparator.comparingLong(Line::ticker));
        for (Line line : lines) {
            writeLine(Math.min(line.ticker(), now), line.kind().observation().wireName());
        }
        out.flush();
    }

    /** Ends the trace with a {@code tick} at {@code now}, so a replay closes the last session there. */
    public void end(long now) throws IOException {
        writeLine(now, "tick");
        out.flush();
    }

    private void writeLine(long ticker, String name) throws IOException {
        lastWritten = Math.max(lastWritten, ticker);
        out.write(SecondsFormat.format(lastWritten - origin));
        out.write(' ');
        out.write(name);
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
