package org.unhunch.activity;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes live activity as a trace ({@code <t> <observation>} lines, t in seconds on the caller's
 * time axis). Only times and kinds are written.
 */
public final class TraceWriter implements AutoCloseable {

    /** Where a reading lands on the trace's time axis, in nanoseconds. */
    @FunctionalInterface
    public interface ReadingTime {
        long of(long tickerReading, long wallMillis);
    }

    private record Line(long time, ActivityKind kind) {
    }

    private final Writer out;
    private long lastWritten;

    public TraceWriter(Writer out) {
        this.out = out;
    }

    public void header(String comment) throws IOException {
        out.write("# " + comment.replace('\n', ' ') + "\n");
        out.flush();
    }

    /** Writes the first and latest activity of each kind in {@code window}, in time order, and flushes. */
    public void write(ActivityWindow window, ReadingTime time) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (ActivityKind kind : ActivityKind.values()) {
            long first = window.first(kind);
            if (first != ActivityRecorder.NONE) {
                lines.add(new Line(time.of(first, window.firstWallMillis(kind)), kind));
                if (window.latest(kind) != first) {
                    lines.add(new Line(time.of(window.latest(kind), ActivityRecorder.NONE), kind));
                }
            }
        }
        lines.sort(Comparator.comparingLong(Line::time));
        for (Line line : lines) {
            writeLine(line.time(), line.kind().observation().wireName());
        }
        out.flush();
    }

    /** Ends the trace with a {@code tick} at {@code now}, so a replay closes the last session there. */
    public void end(long now) throws IOException {
        writeLine(now, "tick");
        out.flush();
    }

    private void writeLine(long time, String name) throws IOException {
        lastWritten = Math.max(lastWritten, time);
        out.write(SecondsFormat.format(lastWritten));
        out.write(' ');
        out.write(name);
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
