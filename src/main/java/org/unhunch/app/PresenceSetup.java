package org.unhunch.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.presence.IdleInhibited;
import org.unhunch.presence.LinuxLockSources;
import org.unhunch.presence.PresenceCombiner;
import org.unhunch.presence.PresenceSource;
import org.unhunch.settings.Setting;
import org.unhunch.sitting.Observation;

/**
 * Starts watching the screen lock and the person's engagement where this platform tells them, and
 * says once in the log what is watched.
 */
final class PresenceSetup {

    private static final Logger LOG = LoggerFactory.getLogger(PresenceSetup.class);
    private static final String WITHOUT_LOCK = "a prompt that falls due while the screen is locked may be drawn on"
            + " the desktop behind the lock screen, and a bumped mouse there counts as sitting";
    private static final String WITHOUT_ENGAGEMENT = "a video watched without typing counts as a natural break"
            + " once break.gap has passed";

    private PresenceSetup() {
    }

    /**
     * Both the screen lock and engagement, as {@link #screenLock} and {@link #engagement} start them;
     * closing it stops both.
     */
    static AutoCloseable presence(String osName, Map<String, String> env, boolean idleInhibitor,
                                  Consumer<Observation> post, Executor starter) {
        AutoCloseable lock = screenLock(osName, env, post, starter);
        AutoCloseable engagement = engagement(osName, env, idleInhibitor, post, starter);
        return () -> {
            try {
                engagement.close();
            } finally {
                lock.close();
            }
        };
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
        return start(PresenceCombiner.screenLock(sources, post), sources, osName, WITHOUT_LOCK, starter);
    }

    /**
     * The sources of engagement for this platform (a player holding the screen awake), started as
     * {@link #screenLock} starts its own, posting {@code engaged}/{@code disengaged} to {@code post}.
     *
     * @param idleInhibitor the setting {@code presence.idleinhibitor}: whether a player holding the
     *                      screen awake is watched
     */
    static AutoCloseable engagement(String osName, Map<String, String> env, boolean idleInhibitor,
                                    Consumer<Observation> post, Executor starter) {
        boolean linux = osName.startsWith("Linux");
        if (linux && !idleInhibitor) {
            LOG.info("Engagement is not watched: {} is off in the settings; {}",
                    Setting.PRESENCE_IDLE_INHIBITOR.key(), WITHOUT_ENGAGEMENT);
            return PresenceCombiner.engagement(List.of(), post);
        }
        List<PresenceSource> sources = linux ? List.of(new IdleInhibited(env)) : List.of();
        return start(PresenceCombiner.engagement(sources, post), sources, osName, WITHOUT_ENGAGEMENT, starter);
    }

    private static AutoCloseable start(PresenceCombiner combiner, List<PresenceSource> sources, String osName,
                                       String without, Executor starter) {
        String flag = combiner.flag();
        if (sources.isEmpty()) {
            LOG.info("{} is not detected on {} yet: {}", flag, osName, without);
            return combiner;
        }
        starter.execute(() -> {
            List<String> watching = combiner.start();
            if (watching.isEmpty()) {
                LOG.info("{} is not detected: no source answers on this desktop (see above); {}", flag, without);
            } else {
                LOG.info("{} is watched through {}", flag, String.join(", ", watching));
            }
        });
        return combiner;
    }

    /** Runs a start on a daemon thread of its own. */
    static void onItsOwnThread(Runnable start) {
        Thread thread = new Thread(start, "presence-start");
        thread.setDaemon(true);
        thread.start();
    }
}
