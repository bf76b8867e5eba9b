package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unhunch.activity.ActivityRecorder;
import org.unhunch.activity.ActivitySource;
import org.unhunch.activity.ActivitySourceUnavailableException;
import org.unhunch.activity.AskedActivity;
import org.unhunch.activity.FakeIdleClock;
import org.unhunch.activity.FakeTicker;
import org.unhunch.activity.IdleTimeReader;
import org.unhunch.activity.IdleTimeSource;
import org.unhunch.settings.Layer;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;

/** Which activity source {@code activity.source} and the desktop give, and the one line that says why. */
class ActivitySetupTest {

    private final FakeTicker ticker = new FakeTicker(0);
    private final ActivityRecorder recorder = new ActivityRecorder(ticker);
    private final List<String> opened = new ArrayList<>();

    /** A source that starts, or says {@code problem}; each open is noted. */
    private ActivitySetup.Opener<ActivitySource> source(String name, String problem) {
        return () -> {
            opened.add(name);
            if (problem != null) {
                throw new ActivitySourceUnavailableException(problem);
            }
            return new NamedSource(name);
        };
    }

    private ActivitySetup.Opener<IdleTimeReader> reader(String name, String problem) {
        return () -> {
            opened.add(name);
            if (problem != null) {
                throw new ActivitySourceUnavailableException(problem);
            }
            return new FakeIdleClock(ticker, false, name);
        };
    }

    private static SettingsStore.Resolved choice(String value, boolean locked) {
        return new SettingsStore.Resolved(Setting.ACTIVITY_SOURCE, value, locked ? Layer.ORGANISATION_LOCK : Layer.USER);
    }

    private static final String NO_RECORD = "the X server has no RECORD extension";

    private ActivitySetup.Offer x11(String hookProblem) {
        return new ActivitySetup.Offer(false, source("hook", hookProblem),
                List.of(reader("mutter", "GNOME's idle monitor is not on the session bus"), reader("xss", null)),
                source("pointer", null));
    }

    @Test
    void auto_takes_the_hook_on_x11_where_it_starts_and_opens_no_idle_reader() throws Exception {
        ActivitySetup.Started started = ActivitySetup.start(x11(null), choice("auto", false), recorder);

        assertThat(started.source().description()).isEqualTo("hook");
        assertThat(started.asked()).isSameAs(AskedActivity.NONE);
        assertThat(opened).containsExactly("hook");
        assertThat(started.inUse()).isEqualTo("Activity: hook (the input hook started)");
    }

    @Test
    void auto_takes_the_idle_time_where_the_hook_cannot_start_instead_of_polling_the_pointer() throws Exception {
        ActivitySetup.Started started = ActivitySetup.start(x11(NO_RECORD), choice("auto", false), recorder);

        assertThat(started.source()).isInstanceOf(IdleTimeSource.class);
        assertThat(started.asked()).isSameAs(started.source());
        assertThat(opened).containsExactly("hook", "mutter", "xss");
        assertThat(started.inUse()).isEqualTo("Activity: the system's idle time: xss (the input hook: " + NO_RECORD
                + "; the system's idle time: GNOME's idle monitor is not on the session bus)");
    }

    @Test
    void auto_never_tries_the_hook_in_a_wayland_session() throws Exception {
        ActivitySetup.Offer wayland = new ActivitySetup.Offer(true, source("hook", null),
                List.of(reader("mutter", null)), source("pointer", null));

        ActivitySetup.Started started = ActivitySetup.start(wayland, choice("auto", false), recorder);

        assertThat(opened).containsExactly("mutter");
        assertThat(started.inUse()).isEqualTo("Activity: the system's idle time: mutter (this is a Wayland session,"
                + " where the input hook sees only the windows of X11 programs)");
    }

    @Test
    void hook_chosen_in_a_wayland_session_starts_it_and_says_what_it_cannot_see() throws Exception {
        ActivitySetup.Offer wayland = new ActivitySetup.Offer(true, source("hook", null),
                List.of(reader("mutter", null)), source("pointer", null));

        ActivitySetup.Started started = ActivitySetup.start(wayland, choice("hook", false), recorder);

        assertThat(opened).containsExactly("hook");
        assertThat(started.inUse()).isEqualTo("Activity: hook (activity.source is hook; this is a Wayland session,"
                + " where the input hook sees only the windows of X11 programs: keys typed into other windows look"
                + " like a break)");
    }

    @Test
    void idle_time_locked_by_the_administrator_never_opens_the_hook_even_where_it_would_start() throws Exception {
        ActivitySetup.Started started = ActivitySetup.start(x11(null), choice("idle-time", true), recorder);

        assertThat(opened).containsExactly("mutter", "xss");
        assertThat(started.inUse()).isEqualTo("Activity: the system's idle time: xss"
                + " (activity.source is idle-time, set by your organisation)");
    }

    @Test
    void hook_never_reads_the_idle_time_and_falls_back_to_the_pointer_alone() throws Exception {
        ActivitySetup.Started started = ActivitySetup.start(x11(NO_RECORD), choice("hook", false), recorder);

        assertThat(opened).containsExactly("hook", "pointer");
        assertThat(started.inUse()).isEqualTo("Activity: pointer (activity.source is hook; the input hook: "
                + NO_RECORD + ")");
    }

    @Test
    void the_pointer_is_the_last_resort_when_neither_the_hook_nor_any_idle_time_works() throws Exception {
        ActivitySetup.Offer nothing = new ActivitySetup.Offer(false, source("hook", NO_RECORD),
                List.of(reader("xss", "the X server has no screen-saver extension")), source("pointer", null));

        ActivitySetup.Started started = ActivitySetup.start(nothing, choice("auto", false), recorder);

        assertThat(opened).containsExactly("hook", "xss", "pointer");
        assertThat(started.inUse()).startsWith("Activity: pointer (the input hook: " + NO_RECORD);
    }

    @Test
    void a_reader_that_opens_but_cannot_be_read_is_closed_and_the_next_one_tried() throws Exception {
        List<FakeIdleClock> broken = new ArrayList<>();
        ActivitySetup.Offer offer = new ActivitySetup.Offer(false, source("hook", NO_RECORD), List.of(() -> {
            FakeIdleClock clock = new FakeIdleClock(ticker, false);
            clock.unreadable("GetIdletime is not supported");
            broken.add(clock);
            return clock;
        }, reader("xss", null)), source("pointer", null));

        ActivitySetup.Started started = ActivitySetup.start(offer, choice("auto", false), recorder);

        assertThat(started.inUse()).startsWith("Activity: the system's idle time: xss");
        assertThat(broken.get(0).closed()).isTrue();
    }

    @Test
    void when_nothing_can_be_watched_the_start_is_refused_with_every_reason() {
        ActivitySetup.Offer nothing = new ActivitySetup.Offer(false, source("hook", NO_RECORD), List.of(),
                source("pointer", "the pointer cannot be read"));

        assertThatThrownBy(() -> ActivitySetup.start(nothing, choice("auto", false), recorder))
                .isInstanceOf(StartRefused.class)
                .hasMessage("the input hook: " + NO_RECORD + "; and the system's idle time cannot be read on this"
                        + " desktop; and the pointer cannot be read");
    }

    @Test
    void wayland_is_told_by_the_session_type_or_a_wayland_display() {
        assertThat(IdleTimeReaders.wayland(java.util.Map.of("XDG_SESSION_TYPE", "wayland"))).isTrue();
        assertThat(IdleTimeReaders.wayland(java.util.Map.of("WAYLAND_DISPLAY", "wayland-0"))).isTrue();
        assertThat(IdleTimeReaders.wayland(java.util.Map.of("XDG_SESSION_TYPE", "x11"))).isFalse();
        assertThat(IdleTimeReaders.wayland(java.util.Map.of())).isFalse();
    }

    private static final class NamedSource implements ActivitySource {
        private final String name;

        NamedSource(String name) {
            this.name = name;
        }

        @Override
        public void start(ActivityRecorder recorder) {
        }

        @Override
        public String description() {
            return name;
        }

        @Override
        public boolean seesKeyboard() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void a_reader_whose_first_read_throws_unchecked_is_closed_and_the_next_one_tried() throws Exception {
        List<Boolean> closed = new ArrayList<>();
        ActivitySetup.Opener<IdleTimeReader> surprising = () -> new IdleTimeReader() {
            @Override
            public long idleMillis() {
                throw new IllegalStateException("a native or bus library's surprise");
            }

            @Override
            public String description() {
                return "surprising";
            }

            @Override
            public void close() {
                closed.add(true);
            }
        };
        ActivitySetup.Offer offer = new ActivitySetup.Offer(false, source("hook", NO_RECORD),
                List.of(surprising, reader("xss", null)), source("pointer", null));

        ActivitySetup.Started started = ActivitySetup.start(offer, choice("auto", false), recorder);

        assertThat(started.inUse()).startsWith("Activity: the system's idle time: xss (the input hook: " + NO_RECORD
                + "; the system's idle time: java.lang.IllegalStateException: a native or bus library's surprise)");
        assertThat(closed).as("the reader that failed is closed").containsExactly(true);
    }

    @Test
    void a_reader_whose_open_fails_to_link_lets_the_next_one_be_tried() throws Exception {
        ActivitySetup.Opener<IdleTimeReader> unlinked = () -> {
            throw new UnsatisfiedLinkError("Unable to load library 'Xss'");
        };
        ActivitySetup.Offer offer = new ActivitySetup.Offer(false, source("hook", NO_RECORD),
                List.of(unlinked, reader("xss", null)), source("pointer", null));

        assertThat(ActivitySetup.start(offer, choice("auto", false), recorder).inUse())
                .startsWith("Activity: the system's idle time: xss");
    }
}
