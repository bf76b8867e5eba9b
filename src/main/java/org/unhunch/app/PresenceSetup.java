package org.unhunch.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.presence.AskedSource;
import org.unhunch.presence.PlatformPresence;
import org.unhunch.presence.PlatformSources;
import org.unhunch.presence.PresenceCombiner;
import org.unhunch.presence.PresenceSource;
import org.unhunch.settings.Setting;
import org.unhunch.sitting.Observation;

/**
 * Starts watching what the platform says about the person — the screen lock, engagement (a video,
 * a call), busy (a call, a presentation, do-not-disturb) — as far as this platform tells it and the
 * settings allow, and says once in the log what is watched and what is not, and why.
 */
final class PresenceSetup {

    private static final Logger LOG = LoggerFactory.getLogger(PresenceSetup.class);
    private static final String WITHOUT_LOCK = "a prompt that falls due while the screen is locked may be drawn on"
            + " the desktop behind the lock screen, and a bumped mouse there counts as sitting";
    private static final String WITHOUT_ENGAGEMENT = "a video watched or a call taken without typing counts as a"
            + " natural break once break.gap has passed";
    private static final String WITHOUT_BUSY = "a prompt that falls due in a call or a presentation is shown there";

    /** Which kinds of signal the settings let the agent watch. */
    record Choices(boolean calls, boolean idleInhibitor, boolean fullScreen, boolean doNotDisturb) {

        static final Choices ALL = new Choices(true, true, true, true);

        /** @param value a setting's value ({@code LiveSettings::value}) */
        static Choices from(Function<Setting, String> value) {
            return new Choices(on(value, Setting.PRESENCE_CALLS), on(value, Setting.PRESENCE_IDLE_INHIBITOR),
                    on(value, Setting.PRESENCE_FULL_SCREEN), on(value, Setting.PRESENCE_DO_NOT_DISTURB));
        }

        private static boolean on(Function<Setting, String> value, Setting setting) {
            return Boolean.parseBoolean(value.apply(setting));
        }
    }

    private PresenceSetup() {
    }

    /**
     * The three flags' sources for this platform, started by {@code starter} (a thread of its own in
     * the agent: a desktop service slow to answer must not hold up the start), posting each flag's
     * observations to {@code post}. Closing it stops them all.
     *
     * @param osName the {@code os.name} property
     */
    static PlatformPresence presence(String osName, PlatformSources platform, Choices choices,
                                     Consumer<Observation> post, Executor starter) {
        List<PresenceSource> calls = chosen(choices.calls(), Setting.PRESENCE_CALLS, "Calls", platform.calls());
        List<PresenceSource> engagement = new ArrayList<>(chosen(choices.idleInhibitor(),
                Setting.PRESENCE_IDLE_INHIBITOR, "A player holding the screen awake", platform.idleInhibitors()));
        engagement.addAll(calls);
        List<PresenceSource> busy = new ArrayList<>(calls);
        busy.addAll(chosen(choices.fullScreen(), Setting.PRESENCE_FULL_SCREEN, "Full screen and presentations",
                platform.presentation()));
        busy.addAll(chosen(choices.doNotDisturb(), Setting.PRESENCE_DO_NOT_DISTURB, "Do-not-disturb",
                platform.doNotDisturb()));

        List<PresenceSource> lock = platform.screenLock();
        PresenceCombiner lockFlag = start(PresenceCombiner.screenLock(lock, post), lock, osName, WITHOUT_LOCK,
                starter);
        PresenceCombiner engagedFlag = start(PresenceCombiner.engagement(engagement, post), engagement, osName,
                WITHOUT_ENGAGEMENT, starter);
        PresenceCombiner busyFlag = start(PresenceCombiner.busy(busy, post), busy, osName, WITHOUT_BUSY, starter);
        return new PlatformPresence(List.of(lockFlag, engagedFlag, busyFlag), busyFlag,
                asked(lock, engagement, busy));
    }

    private static List<PresenceSource> chosen(boolean on, Setting setting, String kind, List<PresenceSource> sources) {
        if (on) {
            return sources;
        }
        LOG.info("{} are not watched: {} is off in the settings", kind, setting.key());
        return List.of();
    }

    /** The sources among them that must be asked, each once. */
    @SafeVarargs
    private static List<AskedSource> asked(List<PresenceSource>... lists) {
        Set<AskedSource> asked = Collections.newSetFromMap(new IdentityHashMap<>());
        List<AskedSource> inOrder = new ArrayList<>();
        for (List<PresenceSource> list : lists) {
            for (PresenceSource source : list) {
                if (source instanceof AskedSource one && asked.add(one)) {
                    inOrder.add(one);
                }
            }
        }
        return inOrder;
    }

    private static PresenceCombiner start(PresenceCombiner combiner, List<PresenceSource> sources, String osName,
                                          String without, Executor starter) {
        String flag = combiner.flag();
        if (sources.isEmpty()) {
            LOG.info("{} is not detected on {}: {}", flag, osName, without);
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
