package org.unhunch.presence;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.unhunch.platform.XDisplay;
import org.unhunch.platform.XDisplayUnavailableException;

/**
 * A presentation or anything else full screen, from the X server through Xlib: on while the window
 * the window manager calls active ({@code _NET_ACTIVE_WINDOW}) has {@code _NET_WM_STATE_FULLSCREEN}
 * and lies over the screen where the prompt card would appear. A read asks for those two properties
 * and the window's place, nothing else: never a title or a class. The display connection is opened
 * at the start and closed at the close; a window gone between two requests reads as off.
 */
public final class ActiveWindowFullScreen extends AskedSource {

    /** At most this many atoms are read from a list; EWMH defines a dozen states and about 80 features. */
    private static final int MOST_STATES = 64;
    private static final int MOST_SUPPORTED = 1024;

    private final String displayName;
    private final Supplier<ScreenArea> cardScreen;
    private XDisplay connection;
    private X11 x11;
    private X11.Display display;
    private X11.Window root;
    private X11.Atom activeWindow;
    private X11.Atom state;
    private FullScreenCheck check;

    /**
     * Counts a full-screen window on any monitor of the X screen.
     *
     * @param env the environment: the X display
     */
    public ActiveWindowFullScreen(Map<String, String> env) {
        this(env, null);
    }

    /**
     * @param env        the environment: the X display
     * @param cardScreen where the card would appear, asked at each read; null for the whole X screen
     */
    public ActiveWindowFullScreen(Map<String, String> env, Supplier<ScreenArea> cardScreen) {
        super("the active window's full-screen state (X11)", Signal.PRESENTATION);
        this.displayName = env.get("DISPLAY");
        this.cardScreen = cardScreen;
    }

    @Override
    protected boolean read() throws Unavailable {
        if (display == null) {
            open();
        }
        Replies replies = new Replies();
        ScreenArea screen = cardScreen != null ? cardScreen.get() : replies.area(root.longValue()).orElse(null);
        return screen != null && check.holds(replies, screen);
    }

    @Override
    protected void closed() {
        if (connection != null) {
            connection.close();
            connection = null;
            display = null;
        }
    }

    private void open() throws Unavailable {
        try {
            connection = XDisplay.open(displayName);
        } catch (XDisplayUnavailableException e) {
            throw new Unavailable(e.getMessage(), e);
        }
        x11 = connection.x11();
        X11.Display opened = connection.display();
        display = opened;
        root = x11.XDefaultRootWindow(opened);
        activeWindow = x11.XInternAtom(opened, "_NET_ACTIVE_WINDOW", false);
        state = x11.XInternAtom(opened, "_NET_WM_STATE", false);
        check = new FullScreenCheck(x11.XInternAtom(opened, "_NET_WM_STATE_FULLSCREEN", false).longValue());
        long[] supported = new Replies().atoms(root, x11.XInternAtom(opened, "_NET_SUPPORTED", false),
                FullScreenCheck.ATOM_TYPE, MOST_SUPPORTED);
        if (!FullScreenCheck.contains(supported, activeWindow.longValue())) {
            closed();
            throw new Unavailable("the window manager does not say which window is active (_NET_ACTIVE_WINDOW)");
        }
    }

    /** Xlib's answers on the open connection; a request that fails answers empty. */
    private final class Replies implements FullScreenCheck.Answers {

        @Override
        public Optional<Long> activeWindow() {
            long[] window = atoms(root, activeWindow, FullScreenCheck.WINDOW_TYPE, 1);
            return window.length == 1 && window[0] != 0 ? Optional.of(window[0]) : Optional.empty();
        }

        @Override
        public long[] states(long window) {
            return atoms(new X11.Window(window), state, FullScreenCheck.ATOM_TYPE, MOST_STATES);
        }

        @Override
        public Optional<ScreenArea> area(long window) {
            X11.Window asked = new X11.Window(window);
            IntByReference width = new IntByReference();
            IntByReference height = new IntByReference();
            if (x11.XGetGeometry(display, asked, new X11.WindowByReference(), new IntByReference(),
                    new IntByReference(), width, height, new IntByReference(), new IntByReference()) == 0) {
                return Optional.empty();
            }
            IntByReference x = new IntByReference();
            IntByReference y = new IntByReference();
            if (!x11.XTranslateCoordinates(display, asked, root, 0, 0, x, y, new X11.WindowByReference())
                    || width.getValue() < 0 || height.getValue() < 0) {
                return Optional.empty();
            }
            return Optional.of(new ScreenArea(x.getValue(), y.getValue(), width.getValue(), height.getValue()));
        }

        /** A 32-bit list property of the window, at most {@code most} items. */
        long[] atoms(X11.Window window, X11.Atom property, long type, int most) {
            X11.AtomByReference actualType = new X11.AtomByReference();
            IntByReference actualFormat = new IntByReference();
            NativeLongByReference count = new NativeLongByReference();
            PointerByReference data = new PointerByReference();
            int status = x11.XGetWindowProperty(display, window, property, new NativeLong(0), new NativeLong(most),
                    false, new X11.Atom(type), actualType, actualFormat, count, new NativeLongByReference(), data);
            Pointer items = data.getValue();
            try {
                if (status != 0 || items == null || actualFormat.getValue() != 32) {
                    return new long[0];
                }
                long[] read = new long[(int) Math.max(0, Math.min(count.getValue().longValue(), most))];
                for (int i = 0; i < read.length; i++) {
                    read[i] = items.getNativeLong((long) i * NativeLong.SIZE).longValue();
                }
                return FullScreenCheck.items(type, actualType.getValue().longValue(), actualFormat.getValue(), read);
            } finally {
                if (items != null) {
                    x11.XFree(items);
                }
            }
        }
    }
}
