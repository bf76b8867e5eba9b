package org.unhunch.sitting;

/** Where the person is in the break flow (see sitting-model.md, "States"). */
public enum BreakFlow {
    /** No sitting session. */
    AWAY,
    /** Sitting; the break is not due yet. */
    SITTING,
    /** The break is due; waiting for a pause in typing before showing the prompt. */
    PENDING,
    /** The prompt is on screen. */
    PROMPT,
    /** The routine is under way. */
    ROUTINE
}
