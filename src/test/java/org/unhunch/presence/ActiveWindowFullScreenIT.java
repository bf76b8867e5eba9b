package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.platform.unix.X11;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.unhunch.testing.Desktop;
import org.unhunch.testing.XServer;

/**
 * The active window's full-screen state read through Xlib on an X server of the test's own with
 * openbox: windows made full screen and back with wmctrl, as a person's presentation would be.
 */
@Tag("desktop")
class ActiveWindowFullScreenIT {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    private final List<Boolean> told = new CopyOnWriteArrayList<>();
    private XServer x;
    private ActiveWindowFullScreen source;

    @BeforeEach
    void startDesktop() throws Exception {
        Desktop.require("wmctrl", "wmctrl");
        Desktop.require("xmessage", "x11-utils");
        x = XServer.start(1024, 768);
    }

    @AfterEach
    void stopDesktop() throws Exception {
        if (source != null) {
            source.close();
        }
        if (x != null) {
            x.close();
        }
    }

    @Test
    void the_active_window_made_full_screen_reads_on_and_off_when_it_leaves_full_screen() throws Exception {
        x.openWindow("slides");
        start();
        assertThat(told).containsExactly(false);

        x.run("wmctrl", "-r", "slides", "-b", "add,fullscreen");
        awaitRead(true);
        x.run("wmctrl", "-r", "slides", "-b", "remove,fullscreen");
        awaitRead(false);
    }

    @Test
    void a_full_screen_window_that_is_not_the_active_one_reads_off() throws Exception {
        x.openWindow("slides");
        x.run("wmctrl", "-r", "slides", "-b", "add,fullscreen");
        start();
        awaitRead(true);

        x.openWindow("notes");
        x.run("wmctrl", "-a", "notes");
        awaitRead(false);
        x.run("wmctrl", "-a", "slides");
        awaitRead(true);
    }

    @Test
    void a_full_screen_window_away_from_the_cards_screen_reads_off() throws Exception {
        x.openWindow("slides");
        x.run("wmctrl", "-r", "slides", "-b", "add,fullscreen");
        ScreenArea[] cardScreen = {new ScreenArea(1024, 0, 1280, 800)};
        source = new ActiveWindowFullScreen(Map.of("DISPLAY", x.display()), () -> cardScreen[0]);
        source.start(told::add);

        awaitRead(false);
        cardScreen[0] = new ScreenArea(0, 0, 1024, 768);
        awaitRead(true);
    }

    @Test
    void an_active_window_destroyed_before_it_is_read_reads_off_and_the_jvm_goes_on() throws Exception {
        x.openWindow("slides");
        x.run("wmctrl", "-r", "slides", "-b", "add,fullscreen");
        start();
        awaitRead(true);

        nameAsActiveAWindowThatIsGone();
        source.readNow();

        assertThat(source.on()).isFalse();
        x.openWindow("notes");
        x.run("wmctrl", "-a", "slides");
        awaitRead(true);
    }

    @Test
    void without_a_window_manager_that_names_the_active_window_it_is_unavailable() throws Exception {
        try (XServer bare = XServer.bare(640, 480)) {
            ActiveWindowFullScreen alone = new ActiveWindowFullScreen(Map.of("DISPLAY", bare.display()));
            assertThatThrownBy(() -> alone.start(told::add))
                    .isInstanceOf(PresenceSource.Unavailable.class)
                    .hasMessageContaining("_NET_ACTIVE_WINDOW");
            assertThat(told).isEmpty();
        }
    }

    private void start() throws PresenceSource.Unavailable {
        source = new ActiveWindowFullScreen(Map.of("DISPLAY", x.display()));
        source.start(told::add);
    }

    private void awaitRead(boolean on) {
        await("the source reads " + (on ? "on" : "off")).atMost(WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    source.readNow();
                    return source.on() == on;
                });
    }

    /**
     * A window destroyed after the window manager named it active, as when it closes between two
     * reads: asking for its properties is an X error (BadWindow), which Xlib's default handler answers
     * by ending the process.
     */
    private void nameAsActiveAWindowThatIsGone() {
        X11 x11 = X11.INSTANCE;
        X11.Display display = x11.XOpenDisplay(x.display());
        try {
            X11.Window root = x11.XDefaultRootWindow(display);
            X11.Window gone = x11.XCreateSimpleWindow(display, root, 0, 0, 10, 10, 0, 0, 0);
            x11.XDestroyWindow(display, gone);
            Memory id = new Memory(NativeLong.SIZE);
            id.setNativeLong(0, new NativeLong(gone.longValue()));
            x11.XChangeProperty(display, root, x11.XInternAtom(display, "_NET_ACTIVE_WINDOW", false), X11.XA_WINDOW,
                    32, X11.PropModeReplace, id, 1);
            x11.XSync(display, false);
        } finally {
            x11.XCloseDisplay(display);
        }
    }
}
