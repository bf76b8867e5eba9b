package org.unhunch.activity;

import java.time.Duration;

/** A sampler whose one task runs when the test says: no thread, no waiting. */
final class ManualSampler implements Sampler {

    private Runnable task;
    private Duration interval;
    private boolean closed;

    @Override
    public Sampling every(Duration interval, Runnable task) {
        this.interval = interval;
        this.task = task;
        return () -> this.task = null;
    }

    boolean sampling() {
        return task != null;
    }

    Duration interval() {
        return interval;
    }

    /** One sample, if sampling. */
    void sample() {
        if (task != null) {
            task.run();
        }
    }

    boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        task = null;
    }
}
