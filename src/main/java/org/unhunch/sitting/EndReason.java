package org.unhunch.sitting;

/** Why a sitting session ended. */
public enum EndReason {
    /** No input for {@code break.gap}: a natural break. */
    IDLE("idle"),
    /** The routine started. */
    ROUTINE("routine"),
    /** The input ended (end of a trace, or the agent stopping). */
    END("end");

    private final String wireName;

    EndReason(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The value with this name, or {@code null} if there is none. */
    public static EndReason fromWireName(String name) {
        for (EndReason value : values()) {
            if (value.wireName.equals(name)) {
                return value;
            }
        }
        return null;
    }
}
