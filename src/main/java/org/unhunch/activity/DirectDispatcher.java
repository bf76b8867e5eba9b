package org.unhunch.activity;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs JNativeHook's dispatch tasks on the hook thread itself. Our listener does O(1) work, so a
 * hand-off to a dispatch thread would only add a wake-up and a context switch per input event.
 * JNativeHook shuts this down on {@code unregisterNativeHook()} and, on the next
 * {@code registerNativeHook()}, waits for {@link #isTerminated()}; so it must report termination
 * honestly.
 */
final class DirectDispatcher extends AbstractExecutorService {

    private volatile boolean shutdown;

    @Override
    public void execute(Runnable task) {
        if (shutdown) {
            throw new RejectedExecutionException("the input hook's dispatcher is shut down");
        }
        task.run();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutdown;
    }
}
