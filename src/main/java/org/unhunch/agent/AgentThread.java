package org.unhunch.agent;

import java.util.concurrent.locks.LockSupport;

/** Runs an {@link AgentLoop} on its own thread: wake, sleep until the next deadline, repeat. */
public final class AgentThread {

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
        while (!stopping) {
            long sleep = loop.wake();
            if (!stopping && sleep > 0) {
                LockSupport.parkNanos(this, sleep);
            }
        }
        loop.stop();
    }

    /** Stops the loop (closing the open session) and waits for it. */
    public void stopAndWait() throws InterruptedException {
        stopping = true;
        LockSupport.unpark(thread);
        thread.join();
    }
}
