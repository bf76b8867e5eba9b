package org.unhunch.activity;

import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The fallback when the input hook cannot start: the pointer's position, read through AWT at a
 * modest rate. A move of {@value NativeHookListener#JITTER_PX} px or more is pointer activity;
 * key presses are not seen at all. Only the last counted position is kept, here.
 */
public final class PointerPollingSource implements ActivitySource {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    private final Supplier<Point> pointer;
    private final Duration interval;
    private ScheduledExecutorService poller;
    private ActivityRecorder recorder;
    private Point counted;

    public PointerPollingSource() {
        this(PointerPollingSource::awtPointer, DEFAULT_INTERVAL);
    }

    /** @param pointer where the pointer is now, or {@code null} if unknown */
    PointerPollingSource(Supplier<Point> pointer, Duration interval) {
        this.pointer = pointer;
        this.interval = interval;
    }

    @Override
    public String description() {
        return "pointer position polled every " + interval.toMillis() + " ms (key presses are not seen)";
    }

    @Override
    public boolean seesKeyboard() {
        return false;
    }

    @Override
    public synchronized void start(ActivityRecorder recorder) throws ActivitySourceUnavailableException {
        Point first;
        try {
            first = pointer.get();
        } catch (java.awt.AWTError | java.awt.HeadlessException e) {
            throw ActivitySourceUnavailableException.noDisplay("the display cannot be opened (" + e.getMessage()
                    + "; is DISPLAY set to a running X server?)", e);
        }
        if (first == null) {
            throw new ActivitySourceUnavailableException("the pointer's position cannot be read on this display");
        }
        this.recorder = recorder;
        counted = first;
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "unhunch-pointer-poll");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** One look at the pointer: activity if it moved far enough since the last counted position. */
    synchronized void poll() {
        Point now = pointer.get();
        if (now == null || recorder == null) {
            return;
        }
        if (counted == null) {
            counted = now;
            return;
        }
        long dx = now.x - counted.x;
        long dy = now.y - counted.y;
        if (dx * dx + dy * dy >= (long) NativeHookListener.JITTER_PX * NativeHookListener.JITTER_PX) {
            counted = now;
            recorder.record(ActivityKind.POINTER);
        }
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
        recorder = null;
    }

    private static Point awtPointer() {
        PointerInfo info = MouseInfo.getPointerInfo();
        return info == null ? null : info.getLocation();
    }
}
