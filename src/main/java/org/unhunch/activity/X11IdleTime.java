package org.unhunch.activity;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;
import java.util.Map;
import java.util.Optional;
import org.unhunch.platform.XDisplay;
import org.unhunch.platform.XDisplayUnavailableException;

/**
 * The X server's own count of the time since the last input, from its screen-saver extension
 * (MIT-SCREEN-SAVER, through libXss): one round trip on a display connection of its own, opened
 * here and closed at the close. Reads are serialised: the loop and the sampler share one connection.
 */
public final class X11IdleTime implements IdleTimeReader {

    /** The library's soname, found without the development package's {@code libXss.so} link. */
    static final String LIBRARY = "libXss.so.1";

    /**
     * Where {@code idle} lies in {@code XScreenSaverInfo}: after {@code Window window; int state;
     * int kind; unsigned long til_or_since;}.
     */
    private static final long IDLE_OFFSET = 2L * NativeLong.SIZE + 2L * Integer.BYTES;

    /** The part of libXss read here. */
    interface Xss extends Library {
        boolean XScreenSaverQueryExtension(X11.Display display, IntByReference eventBase, IntByReference errorBase);

        /** A zeroed {@code XScreenSaverInfo}, freed with {@code XFree}. */
        Pointer XScreenSaverAllocInfo();

        int XScreenSaverQueryInfo(X11.Display display, X11.Drawable drawable, Pointer info);
    }

    private final String displayName;
    private final XDisplay connection;
    private final Xss xss;
    private final X11.Window root;
    private Pointer info;
    /** Started at the first watch; empty where the server cannot tell of a return (it is then sampled). */
    private Optional<X11ReturnWatch> returnWatch;

    /**
     * Opens the display that {@code DISPLAY} in {@code env} names.
     *
     * @throws ActivitySourceUnavailableException if there is no display, no libXss, or no screen-saver extension
     */
    public X11IdleTime(Map<String, String> env) throws ActivitySourceUnavailableException {
        this(env, LIBRARY);
    }

    X11IdleTime(Map<String, String> env, String library) throws ActivitySourceUnavailableException {
        displayName = env.get("DISPLAY");
        try {
            connection = XDisplay.open(env);
        } catch (XDisplayUnavailableException e) {
            throw e.noDisplay() ? ActivitySourceUnavailableException.noDisplay(e.getMessage(), e)
                    : new ActivitySourceUnavailableException(e.getMessage(), e);
        }
        try {
            xss = load(library);
            X11.Display display = connection.display();
            if (!xss.XScreenSaverQueryExtension(display, new IntByReference(), new IntByReference())) {
                throw new ActivitySourceUnavailableException("the X server has no screen-saver extension");
            }
            root = connection.x11().XDefaultRootWindow(display);
            info = xss.XScreenSaverAllocInfo();
            if (info == null) {
                throw new ActivitySourceUnavailableException("libXss cannot allocate its answer (out of memory)");
            }
        } catch (ActivitySourceUnavailableException e) {
            connection.close();
            throw e;
        }
    }

    private static Xss load(String library) throws ActivitySourceUnavailableException {
        try {
            return Native.load(library, Xss.class);
        } catch (LinkageError e) {
            throw new ActivitySourceUnavailableException(
                    "libXss cannot be loaded (the X screen-saver library: on Debian and Ubuntu, package libxss1)", e);
        }
    }

    @Override
    public synchronized long idleMillis() throws IdleTimeUnreadableException {
        if (info == null) {
            throw new IdleTimeUnreadableException("the X display connection is closed");
        }
        if (xss.XScreenSaverQueryInfo(connection.display(), root, info) == 0) {
            throw new IdleTimeUnreadableException("the X server did not answer the screen-saver query");
        }
        return unsigned(info.getNativeLong(IDLE_OFFSET).longValue(), NativeLong.SIZE);
    }

    /**
     * The {@code unsigned long} Xlib filled in, as a count of milliseconds.
     *
     * @param size the native long's size in bytes
     */
    static long unsigned(long read, int size) throws IdleTimeUnreadableException {
        if (size < Long.BYTES) {
            return read & ((1L << (Byte.SIZE * size)) - 1);
        }
        if (read < 0) {
            throw new IdleTimeUnreadableException("the X server's idle time is out of range ("
                    + Long.toUnsignedString(read) + " ms)");
        }
        return read;
    }

    @Override
    public String description() {
        return "the X server's idle time (screen-saver extension)";
    }

    /** Through the XSync extension's IDLETIME counter, on a connection and thread of its own. */
    @Override
    public synchronized boolean watchForReturn(Runnable onReturn) {
        if (info == null) {
            return false;
        }
        if (returnWatch == null) {
            returnWatch = X11ReturnWatch.start(displayName, Ticker.SYSTEM);
        }
        return returnWatch.map(watch -> watch.watch(onReturn)).orElse(false);
    }

    @Override
    public synchronized void endReturnWatch() {
        if (returnWatch != null) {
            returnWatch.ifPresent(X11ReturnWatch::end);
        }
    }

    /** The return watch's thread, while it runs. */
    synchronized boolean returnWatchRunning() {
        return returnWatch != null && returnWatch.map(X11ReturnWatch::running).orElse(false);
    }

    /** Frees the answer and closes the connections; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (returnWatch != null) {
            returnWatch.ifPresent(X11ReturnWatch::close);
        }
        if (info != null) {
            connection.x11().XFree(info);
            info = null;
            connection.close();
        }
    }
}
