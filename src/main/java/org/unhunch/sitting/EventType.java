package org.unhunch.sitting;

/** The kinds of {@link SittingEvent}, with the names {@code simulate} prints. */
public enum EventType {
    SITTING_STARTED("sitting_started"),
    SITTING_ENDED("sitting_ended"),
    BREAK_DUE("break_due"),
    PROMPT_SHOWN("prompt_shown"),
    PROMPT_HELD("prompt_held"),
    BREAK_SNOOZED("break_snoozed"),
    BREAK_SKIPPED("break_skipped"),
    BREAK_IGNORED("break_ignored"),
    ROUTINE_STARTED("routine_started"),
    BREAK_DONE("break_done"),
    BREAK_PARTIAL("break_partial"),
    STRAY_ANSWER("stray_answer");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The value with this name, or {@code null} if there is none. */
    public static EventType fromWireName(String name) {
        for (EventType value : values()) {
            if (value.wireName.equals(name)) {
                return value;
            }
        }
        return null;
    }
}
