package org.unhunch.platform;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps an X error on Unhunch's own display connections (presence and activity share one handler: Xlib has one per process) from ending the JVM. Xlib's default
 * handler exits the process on any error, and a window destroyed between two requests is an error
 * (BadWindow). One handler for the whole process, installed once and never removed: it swallows the
 * errors of the connections it was told about (their requests then fail, which the caller checks)
 * and hands every other error to the handler it replaced (AWT's, GDK's or Xlib's).
 */
public final class XErrorTrap {

    /** Xlib's {@code XSetErrorHandler} with the event left opaque, so it is passed on untouched. */
    interface Xlib extends Library {
        ErrorHandler XSetErrorHandler(ErrorHandler handler);
    }

    /** Xlib's {@code XErrorHandler}. */
    interface ErrorHandler extends Callback {
        int apply(Pointer display, Pointer event);
    }

    private static final Set<Long> TRAPPED = ConcurrentHashMap.newKeySet();
    private static final ErrorHandler TRAP = new ErrorHandler() {
        @Override
        public int apply(Pointer display, Pointer event) {
            if (TRAPPED.contains(Pointer.nativeValue(display))) {
                return 0;
            }
            ErrorHandler before = replaced;
            return before == null ? 0 : before.apply(display, event);
        }
    };
    private static volatile ErrorHandler replaced;
    private static boolean installed;

    private XErrorTrap() {
    }

    /** From now on, an error on this connection makes its request fail and nothing more. */
    public static synchronized void trap(Pointer display) {
        TRAPPED.add(Pointer.nativeValue(display));
        if (!installed) {
            replaced = Native.load("X11", Xlib.class).XSetErrorHandler(TRAP);
            installed = true;
        }
    }

    /** Before the connection closes: its address may be another connection's later. */
    public static void release(Pointer display) {
        TRAPPED.remove(Pointer.nativeValue(display));
    }
}
