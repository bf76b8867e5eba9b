package org.unhunch.sitting;

import static org.unhunch.sitting.EventField.AWAY_S;
import static org.unhunch.sitting.EventField.DURATION_S;
import static org.unhunch.sitting.EventField.ENDED_AT;
import static org.unhunch.sitting.EventField.REASON;
import static org.unhunch.sitting.EventField.SITTING_S;
import static org.unhunch.sitting.EventField.UNTIL;

import java.util.List;

/**
 * The kinds of {@link SittingEvent}, with the names {@code simulate} prints and the named fields
 * each carries, in the order {@code simulate} prints them (sitting-model.md). This is the one
 * place that says which event has which field; every writer (JSON Lines, the break log, the
 * export) walks these lists.
 */
public enum EventType {
    SITTING_STARTED("sitting_started", AWAY_S),
    SITTING_ENDED("sitting_ended", ENDED_AT, SITTING_S, REASON),
    BREAK_DUE("break_due", SITTING_S),
    PROMPT_SHOWN("prompt_shown", SITTING_S),
    PROMPT_HELD("prompt_held", SITTING_S),
    BREAK_SNOOZED("break_snoozed", UNTIL),
    BREAK_SKIPPED("break_skipped"),
    BREAK_IGNORED("break_ignored"),
    ROUTINE_STARTED("routine_started"),
    BREAK_DONE("break_done", DURATION_S),
    BREAK_PARTIAL("break_partial", DURATION_S),
    STRAY_ANSWER("stray_answer");

    private final String wireName;
    private final List<EventField> fields;

    EventType(String wireName, EventField... fields) {
        this.wireName = wireName;
        this.fields = List.of(fields);
    }

    public String wireName() {
        return wireName;
    }

    /** The named fields an event of this type carries, in the order {@code simulate} prints them. */
    public List<EventField> fields() {
        return fields;
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
