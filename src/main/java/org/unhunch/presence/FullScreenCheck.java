package org.unhunch.presence;

import java.util.Optional;

/**
 * Whether the active window holds the prompt back: its {@code _NET_WM_STATE} lists
 * {@code _NET_WM_STATE_FULLSCREEN} and it lies over the screen where the card would appear. Decides
 * from the X server's answers only; anything it cannot learn counts as not full screen.
 */
final class FullScreenCheck {

    /** {@code XA_ATOM}: the type of an atom list such as {@code _NET_WM_STATE}. */
    static final long ATOM_TYPE = 4;
    /** {@code XA_WINDOW}: the type of {@code _NET_ACTIVE_WINDOW}. */
    static final long WINDOW_TYPE = 33;

    /** What the check asks the X server; a request that fails answers empty. */
    interface Answers {

        /** The window the window manager calls active; empty when none is, or it cannot be read. */
        Optional<Long> activeWindow();

        /** The window's {@code _NET_WM_STATE} atoms; empty when it has none or it is gone. */
        long[] states(long window);

        /** Where the window is on the screen; empty when it is gone. */
        Optional<ScreenArea> area(long window);
    }

    private final long fullScreenAtom;

    /** @param fullScreenAtom the display's atom for {@code _NET_WM_STATE_FULLSCREEN} */
    FullScreenCheck(long fullScreenAtom) {
        this.fullScreenAtom = fullScreenAtom;
    }

    boolean holds(Answers answers, ScreenArea cardScreen) {
        Optional<Long> window = answers.activeWindow();
        return window.isPresent() && contains(answers.states(window.get()), fullScreenAtom)
                && answers.area(window.get()).map(area -> area.intersects(cardScreen)).orElse(false);
    }

    static boolean contains(long[] atoms, long atom) {
        for (long each : atoms) {
            if (each == atom) {
                return true;
            }
        }
        return false;
    }

    /**
     * The items of a 32-bit property reply, or none when it is not of the type asked for (a window
     * that does not have the property answers type None and format 0).
     */
    static long[] items(long expectedType, long actualType, int actualFormat, long[] items) {
        return actualType == expectedType && actualFormat == 32 ? items : new long[0];
    }
}
