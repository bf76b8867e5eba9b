package org.unhunch.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.unhunch.settings.ModelSettingsBuilder;

/**
 * A Workrave-style timeline: observations at times in seconds, then the exact list of events the
 * model must produce — a missing event and an extra event both fail.
 */
final class Timeline {

    private final ModelSettingsBuilder settings = new ModelSettingsBuilder();
    private final List<Step> steps = new ArrayList<>();
    private boolean endOfInput;

    /** An observation, or with none a plain advance, or with new settings a live change at that time. */
    private record Step(long t, Observation observation, SittingSettings newSettings) {
        Step(long t, Observation observation) {
            this(t, observation, null);
        }
    }

    static Timeline timeline() {
        return new Timeline();
    }

    /** Changes a setting, written as in {@code --set}: {@code with("sit.limit", "10m")}. */
    Timeline with(String key, String value) {
        settings.set(key, value);
        return this;
    }

    /** Observations at {@code t} seconds; several at one time are handled in the order given. */
    Timeline at(double t, Observation... observations) {
        for (Observation observation : observations) {
            steps.add(new Step(nanos(t), observation));
        }
        return this;
    }

    /** Activity ({@code key}) every {@code every} seconds from {@code from} to {@code to}, both included. */
    Timeline typing(double from, double to, double every) {
        for (long t = nanos(from); t <= nanos(to); t += nanos(every)) {
            steps.add(new Step(t, Observation.KEY));
        }
        return this;
    }

    /** Lets time pass to {@code t} without an observation (what the live agent does when it wakes). */
    Timeline advanceTo(double t) {
        steps.add(new Step(nanos(t), null));
        return this;
    }

    /**
     * Lets time pass to {@code t}, then changes settings there ({@code key, value, key, value...}) as
     * the live agent does at a wake-up; the others stay as {@link #with} gave them.
     */
    Timeline change(double t, String... keysAndValues) {
        ModelSettingsBuilder changed = new ModelSettingsBuilder(settings.build());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            changed.set(keysAndValues[i], keysAndValues[i + 1]);
        }
        steps.add(new Step(nanos(t), null, changed.build()));
        return this;
    }

    /** Ends the input after the last step (rule 14). */
    Timeline end() {
        endOfInput = true;
        return this;
    }

    /** Runs the timeline and asserts the exact events, in order. */
    void expect(String... events) {
        assertThat(run()).containsExactly(events);
    }

    List<String> run() {
        List<String> events = new ArrayList<>();
        SittingModel model = new SittingModel(settings.build(), event -> events.add(EventText.describe(event)));
        for (Step step : steps) {
            if (step.newSettings() != null) {
                model.advanceTo(step.t());
                model.reconfigure(step.newSettings());
            } else if (step.observation() == null) {
                model.advanceTo(step.t());
            } else {
                model.observe(step.observation(), step.t());
            }
        }
        if (endOfInput) {
            model.endOfInput();
        }
        return events;
    }

    static long nanos(double seconds) {
        return new BigDecimal(Double.toString(seconds)).movePointRight(9).longValueExact();
    }

    static Duration seconds(double seconds) {
        return Duration.ofNanos(nanos(seconds));
    }
}
