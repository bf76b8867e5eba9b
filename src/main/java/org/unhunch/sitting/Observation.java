package org.unhunch.sitting;

/**
 * What the model can be told happened at an instant. Input activity carries nothing but its
 * kind: no key code, character or position ever reaches the model.
 */
public enum Observation {
    KEY("key"),
    POINTER("pointer"),
    WHEEL("wheel"),
    LOCK("lock"),
    UNLOCK("unlock"),
    START("start"),
    DONE("done"),
    SKIP("skip"),
    SNOOZE("snooze"),
    PAUSE("pause"),
    RESUME("resume"),
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
        return this == KEY || this == POINTER || this == WHEEL;
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
