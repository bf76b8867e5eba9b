package org.unhunch.agent;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs an {@link AgentLoop} on its own thread: wake, sleep until the next deadline, repeat. */
public final class AgentThread {

    private static final Logger LOG = LoggerFactory.getLogger(AgentThread.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final AgentLoop loop;
    private final Thread thread;
    private volatile boolean stopping;

    public AgentThread(AgentLoop loop) {
        this.loop = loop;
        this.thread = new Thread(this::run, "unhunch-agent");
        loop.wakeUpWith(() -> LockSupport.unpark(thread));
    }

    public void start() {
        thread.start();
    }

    private void run() {
        try {
            while (!stopping) {
                long sleep = wakeSafely();
                if (!stopping && sleep > 0) {
                    LockSupport.parkNanos(this, sleep);
                }
            }
        } finally {
            loop.stop();
        }
    }

    /** One wake-up; a failure is logged and the agent goes on after a short pause, rather than dying silently. */
    private long wakeSafely() {
        try {
            return loop.wake();
        } catch (RuntimeException e) {
            LOG.error("The agent's wake-up failed; trying again in {} s", RETRY_AFTER.toSeconds(), e);
            return RETRY_AFTER.toNanos();
        }
    }

    /** Stops the loop (closing the open session) and waits for it. */
    public void stopAndWait() throws InterruptedException {
        stopping = true;
        LockSupport.unpark(thread);
        thread.join();
    }
}
