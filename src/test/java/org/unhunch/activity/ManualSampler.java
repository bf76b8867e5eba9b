package org.unhunch.activity;

import java.time.Duration;

/** A sampler whose one task runs when the test says: no thread, no waiting. */
final class ManualSampler implements Sampler {

    private Runnable task;
    private Duration interval;
    private boolean closed;
    private int started;

    @Override
    public Sampling every(Duration interval, Runnable task) {
        this.interval = interval;
        this.task = task;
        started++;
        return () -> {
            if (this.task == task) {
                this.task = null;
            }
        };
    }

    boolean sampling() {
        return task != null;
    }

    /** How many samplings have been started: a new one restarts the wait for the first sample. */
    int started() {
        return started;
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
