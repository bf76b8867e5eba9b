package org.unhunch.sitting;

/** Receives the model's events, in the order they happen. */
@FunctionalInterface
public interface SittingEventSink {
    void accept(SittingEvent event);
}
