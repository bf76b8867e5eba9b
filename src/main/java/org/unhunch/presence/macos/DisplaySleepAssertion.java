package org.unhunch.presence.macos;

/**
 * A player holding the screen awake: some process holds the assertion that prevents the display
 * from sleeping while the person is idle. Which process is never asked.
 */
final class DisplaySleepAssertion {

    /** {@code kIOPMAssertionTypePreventUserIdleDisplaySleep}. */
    static final String KEY = "PreventUserIdleDisplaySleep";

    private DisplaySleepAssertion() {
    }

    static boolean held(CfValues assertionsStatus) {
        return assertionsStatus.number(KEY).orElse(0) > 0;
    }
}
