package org.unhunch.app;

import org.unhunch.agent.AgentLoop;
import org.unhunch.agent.AgentThread;

/** Runs the agent's loop: on a thread of its own ({@link #onItsOwnThread}), or on a test's thread. */
interface LoopRunner {

    void start();

    /** Stops the loop, whose last wake-up closes the open session, and waits for it. */
    void stopAndWait() throws InterruptedException;

    static LoopRunner onItsOwnThread(AgentLoop loop) {
        AgentThread thread = new AgentThread(loop);
        return new LoopRunner() {
            @Override
            public void start() {
                thread.start();
            }

            @Override
            public void stopAndWait() throws InterruptedException {
                thread.stopAndWait();
            }
        };
    }
}
