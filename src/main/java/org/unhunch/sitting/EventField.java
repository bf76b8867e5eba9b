package org.unhunch.sitting;

/**
 * A named field an event may carry, with the name sitting-model.md gives it (the name
 * {@code simulate} prints, the break log's column and the export's column). The order here is
 * the order of the break log's and the export's columns.
 */
public enum EventField {
    SITTING_S("sitting_s", Kind.SECONDS),
    AWAY_S("away_s", Kind.SECONDS),
    DURATION_S("duration_s", Kind.SECONDS),
    REASON("reason", Kind.REASON),
    ENDED_AT("ended_at", Kind.MOMENT),
    UNTIL("until", Kind.MOMENT);

    /** What a field holds: a length of time, a moment on the event's time axis, or why a session ended. */
    public enum Kind { SECONDS, MOMENT, REASON }

    private final String wireName;
    private final Kind kind;

    EventField(String wireName, Kind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    public String wireName() {
        return wireName;
    }

    public Kind kind() {
        return kind;
    }
}
