package org.unhunch.sitting;

import java.time.Duration;
import java.util.Objects;

/**
 * The model's seven settings. This record only guards the model's own invariants (positive
 * limits, {@code promptPause < breakGap <= engagedLimit}); user-facing validation with allowed
 * ranges and messages lives in {@code org.unhunch.settings}.
 */
public record SittingSettings(
        Duration sitLimit,
        Duration breakGap,
        Duration promptPause,
        Duration promptMaxWait,
        Duration promptTimeout,
        Duration snooze,
        Duration engagedLimit) {

    public static final SittingSettings DEFAULTS = new SittingSettings(
            Duration.ofMinutes(45),
            Duration.ofMinutes(5),
            Duration.ofSeconds(3),
            Duration.ofSeconds(60),
            Duration.ofMinutes(2),
            Duration.ofMinutes(10),
            Duration.ofHours(2));

    public SittingSettings {
        requirePositive(sitLimit, "sitLimit");
        requirePositive(breakGap, "breakGap");
        requireNotNegative(promptPause, "promptPause");
        requireNotNegative(promptMaxWait, "promptMaxWait");
        requirePositive(promptTimeout, "promptTimeout");
        requirePositive(snooze, "snooze");
        requirePositive(engagedLimit, "engagedLimit");
        if (promptPause.compareTo(breakGap) >= 0) {
            throw new IllegalArgumentException(
                    "promptPause " + promptPause + " must be shorter than breakGap " + breakGap);
        }
        if (engagedLimit.compareTo(breakGap) < 0) {
            throw new IllegalArgumentException(
                    "engagedLimit " + engagedLimit + " must not be shorter than breakGap " + breakGap);
        }
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    private static void requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }
}
