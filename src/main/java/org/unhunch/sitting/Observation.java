package org.unhunch.sitting;

/**
 * What the model can be told happened at an instant. Input activity carries nothing but its
 * kind: no key code, character or position ever reaches the model. Presence comes as flags
 * turned on and off: the screen locked, the person engaged (at the screen without typing), busy
 * (not to be disturbed).
 */
public enum Observation {
    KEY("key"),
    POINTER("pointer"),
    WHEEL("wheel"),
    /** Input of no known kind: the platform says only that there was some (an idle-time reading). */
    INPUT("input"),
    LOCK("lock"),
    UNLOCK("unlock"),
    START("start"),
    DONE("done"),
    SKIP("skip"),
    SNOOZE("snooze"),
    PAUSE("pause"),
    RESUME("resume"),
    ENGAGED("engaged"),
    DISENGAGED("disengaged"),
    BUSY("busy"),
    FREE("free"),
    TICK("tick");

    private static final Observation[] VALUES = values();

    private final String wireName;

    Observation(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in trace files and on the command line. */
    public String wireName() {
        return wireName;
    }

    public boolean isActivity() {
        return this == KEY || this == POINTER || this == WHEEL || this == INPUT;
    }

    /** The observation with this trace name, or {@code null} if there is none. */
    public static Observation fromWireName(String name) {
        for (Observation observation : VALUES) {
            if (observation.wireName.equals(name)) {
                return observation;
            }
        }
        return null;
    }
}
