package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unhunch.sitting.Observation;
import org.unhunch.testing.MockBuses;

/**
 * The Linux sources of screen lock against python3-dbusmock's logind on a private system bus and
 * mock screensavers on a private session bus: what the desktop does there comes out as
 * {@code lock} and {@code unlock}, in order. The idle inhibitor of a mock GNOME session manager
 * there comes out as {@code engaged} and {@code disengaged}.
 */
class LinuxLockSourcesIT {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    private static MockBuses buses;
    private static int sessions;

    private final List<Observation> posted = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> heard = new ConcurrentHashMap<>();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private String session;

    @BeforeAll
    static void startBuses() throws Exception {
        buses = MockBuses.start();
    }

    @AfterAll
    static void stopBuses() throws Exception {
        if (buses != null) {
            buses.close();
        }
    }

    /** A login session of its own for each test; the screensavers and sleep start off. */
    @BeforeEach
    void newSession() throws Exception {
        session = "c" + ++sessions;
        buses.send("session " + session);
        buses.send("sleep false");
        buses.send("gnome-screensaver false");
        buses.send("freedesktop-screensaver false");
        buses.send("inhibited-actions 0");
    }

    @AfterEach
    void closeSources() throws Exception {
        for (AutoCloseable source : opened) {
            source.close();
        }
    }

    @Test
    void the_sessions_locked_hint_posts_lock_then_unlock() throws Exception {
        List<String> watching = start(new LogindSessionLock(buses.env(session)));
        assertThat(watching).containsExactly("logind's session lock (system bus)");

        buses.send("locked-hint " + session + " true");
        awaitPosted(Observation.LOCK);
        buses.send("locked-hint " + session + " false");
        awaitPosted(Observation.LOCK, Observation.UNLOCK);
    }

    @Test
    void a_session_locked_before_the_start_is_locked_from_the_start() throws Exception {
        buses.send("locked-hint " + session + " true");

        start(new LogindSessionLock(buses.env(session)));

        assertThat(posted).containsExactly(Observation.LOCK);
    }

    @Test
    void another_sessions_lock_is_not_this_ones() throws Exception {
        start(new LogindSessionLock(buses.env(session)));
        String other = "c" + ++sessions;
        buses.send("session " + other);

        buses.send("locked-hint " + other + " true");
        buses.send("locked-hint " + session + " true");
        buses.send("locked-hint " + other + " false");
        buses.send("locked-hint " + session + " false");

        awaitPosted(Observation.LOCK, Observation.UNLOCK);
    }

    @Test
    void sleep_posts_lock_and_the_wake_posts_unlock() throws Exception {
        start(new LogindSleep(buses.env(session)));

        buses.send("sleep true");
        awaitPosted(Observation.LOCK);
        buses.send("sleep false");
        awaitPosted(Observation.LOCK, Observation.UNLOCK);
    }

    @Test
    void gnomes_screensaver_posts_lock_then_unlock() throws Exception {
        assertThat(start(ScreenSaverActive.gnome(buses.env(session))))
                .containsExactly("org.gnome.ScreenSaver (session bus)");

        buses.send("gnome-screensaver true");
        awaitPosted(Observation.LOCK);
        buses.send("gnome-screensaver false");
        awaitPosted(Observation.LOCK, Observation.UNLOCK);
    }

    @Test
    void the_freedesktop_screensaver_posts_lock_then_unlock() throws Exception {
        start(ScreenSaverActive.freedesktop(buses.env(session)));

        buses.send("freedesktop-screensaver true");
        awaitPosted(Observation.LOCK);
        buses.send("freedesktop-screensaver false");
        awaitPosted(Observation.LOCK, Observation.UNLOCK);
    }

    @Test
    void with_every_source_the_screen_unlocks_when_the_last_one_lets_go() throws Exception {
        List<String> watching = start(LinuxLockSources.all(buses.env(session)).stream().map(Heard::new)
                .toArray(PresenceSource[]::new));
        assertThat(watching).hasSize(4);

        lockedHint(true);
        awaitPosted(Observation.LOCK);
        screensaver(true);
        sleep(true);
        lockedHint(false);
        sleep(false);
        assertThat(posted).as("still locked by the screensaver").containsExactly(Observation.LOCK);
        screensaver(false);
        assertThat(posted).containsExactly(Observation.LOCK, Observation.UNLOCK);

        sleep(true);
        sleep(false);
        assertThat(posted).containsExactly(Observation.LOCK, Observation.UNLOCK, Observation.LOCK, Observation.UNLOCK);
    }

    @Test
    void an_idle_inhibitor_posts_engaged_until_the_idle_flag_is_let_go() throws Exception {
        assertThat(watch(PresenceCombiner.engagement(List.of(new IdleInhibited(buses.env(session))), posted::add)))
                .containsExactly("org.gnome.SessionManager's idle inhibitor (session bus)");

        buses.send("inhibited-actions 1");
        buses.send("inhibited-actions 9");
        awaitPosted(Observation.ENGAGED);
        buses.send("inhibited-actions 1");
        awaitPosted(Observation.ENGAGED, Observation.DISENGAGED);
    }

    @Test
    void an_idle_inhibitor_held_before_the_start_is_engaged_from_the_start() throws Exception {
        buses.send("inhibited-actions 8");

        watch(PresenceCombiner.engagement(List.of(new IdleInhibited(buses.env(session))), posted::add));

        assertThat(posted).containsExactly(Observation.ENGAGED);
    }

    private void lockedHint(boolean on) throws Exception {
        buses.send("locked-hint " + session + " " + on);
        awaitHeard("logind's session lock (system bus)", on);
    }

    private void screensaver(boolean on) throws Exception {
        buses.send("gnome-screensaver " + on);
        awaitHeard("org.gnome.ScreenSaver (session bus)", on);
    }

    private void sleep(boolean on) throws Exception {
        buses.send("sleep " + on);
        awaitHeard("logind's sleep and wake (system bus)", on);
    }

    /**
     * Waits until the source has told the combiner {@code on}: each source has a connection of its
     * own, so signals sent one after the other may arrive in another order unless each is waited for.
     */
    private void awaitHeard(String source, boolean on) {
        await(source + " says " + on).atMost(WITHIN).until(() -> Boolean.valueOf(on).equals(heard.get(source)));
    }

    /** A source whose latest word, once the combiner has taken it, is kept in {@link #heard}. */
    private final class Heard implements PresenceSource {

        private final PresenceSource source;

        Heard(PresenceSource source) {
            this.source = source;
        }

        @Override
        public String name() {
            return source.name();
        }

        @Override
        public Signal signal() {
            return source.signal();
        }

        @Override
        public void start(Listener listener) throws Unavailable {
            source.start(on -> {
                listener.changed(on);
                heard.put(source.name(), on);
            });
        }

        @Override
        public void close() {
            source.close();
        }
    }

    @Test
    void a_session_logind_does_not_know_is_not_watched_and_its_id_is_not_said() {
        Map<String, String> env = buses.env("unknown4711");
        LogindSessionLock source = new LogindSessionLock(env);

        assertThatThrownBy(() -> source.start(on -> { }))
                .isInstanceOf(PresenceSource.Unavailable.class)
                .hasMessageStartingWith("logind has no session for Unhunch to watch on the system bus")
                .hasMessageNotContaining("4711")
                .hasMessageNotContaining(env.get("DBUS_SYSTEM_BUS_ADDRESS"));
    }

    /** The sources, started in one combiner posting to {@link #posted}; closed after the test. */
    private List<String> start(PresenceSource... sources) {
        return watch(PresenceCombiner.screenLock(List.of(sources), posted::add));
    }

    private List<String> watch(PresenceCombiner combiner) {
        opened.add(combiner);
        return combiner.start();
    }

    private void awaitPosted(Observation... expected) {
        await("posted " + List.of(expected)).atMost(WITHIN).untilAsserted(() ->
                assertThat(posted).containsExactly(expected));
    }
}
