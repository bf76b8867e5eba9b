package org.unhunch.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.presence.LinuxLockSources;
import org.unhunch.presence.LockCombiner;
import org.unhunch.presence.PresenceSource;
import org.unhunch.sitting.Observation;

/** Starts watching the screen lock where this platform tells it, and says once in the log what is watched. */
final class PresenceSetup {

    private static final Logger LOG = LoggerFactory.getLogger(PresenceSetup.class);
    private static final String WITHOUT = "a prompt that falls due while the screen is locked may be drawn on the"
            + " desktop behind the lock screen, and a bumped mouse there counts as sitting";

    private PresenceSetup() {
    }

    /**
     * The screen lock's sources for this platform, started by {@code starter} (a thread of its own in
     * the agent: a desktop service slow to answer must not hold up the start), posting
     * {@code lock}/{@code unlock} to {@code post}. Closing it stops them.
     *
     * @param osName the {@code os.name} property
     * @param env    the environment, where the buses and the login session are found
     */
    static AutoCloseable screenLock(String osName, Map<String, String> env, Consumer<Observation> post,
                                    Executor starter) {
        List<PresenceSource> sources = osName.startsWith("Linux") ? LinuxLockSources.all(env) : List.of();
        LockCombiner combiner = new LockCombiner(sources, post);
        if (sources.isEmpty()) {
            LOG.info("Screen lock is not detected on {} yet: {}", osName, WITHOUT);
            return combiner;
        }
        starter.execute(() -> {
            List<String> watching = combiner.start();
            if (watching.isEmpty()) {
                LOG.info("Screen lock is not detected: no source answers on this desktop (see above); {}", WITHOUT);
            } else {
                LOG.info("Screen lock is watched through {}", String.join(", ", watching));
            }
        });
        return combiner;
    }

    /** Runs a start on a daemon thread of its own. */
    static void onItsOwnThread(Runnable start) {
        Thread thread = new Thread(start, "screen-lock-start");
        thread.setDaemon(true);
        thread.start();
    }
}
