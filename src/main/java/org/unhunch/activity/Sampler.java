package org.unhunch.activity;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a task every so often on a thread of its own, until told to stop; a fake in tests. */
interface Sampler extends AutoCloseable {

    /** Stops a task that {@link #every} started. */
    interface Sampling {
        void stop();
    }

    Sampling every(Duration interval, Runnable task);

    /** Stops every task and lets the thread go. */
    @Override
    void close();

    /** A daemon thread, started at the first task. */
    static Sampler onThread(String name) {
        return new Sampler() {
            private ScheduledExecutorService executor;

            @Override
            public synchronized Sampling every(Duration interval, Runnable task) {
                if (executor == null) {
                    executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                        Thread thread = new Thread(runnable, name);
                        thread.setDaemon(true);
                        return thread;
                    });
                }
                var scheduled = executor.scheduleWithFixedDelay(task, interval.toNanos(), interval.toNanos(),
                        TimeUnit.NANOSECONDS);
                return () -> scheduled.cancel(false);
            }

            @Override
            public synchronized void close() {
                if (executor != null) {
                    executor.shutdownNow();
                    executor = null;
                }
            }
        };
    }
}
