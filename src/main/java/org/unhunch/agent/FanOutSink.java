package org.unhunch.agent;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.records.RoutineProgress;
import org.unhunch.sitting.SittingEvent;
import org.unhunch.sitting.SittingEventSink;

/**
 * Hands each event to several sinks, in the order they were added, each on its own: a sink that
 * throws gets no more events, and the others go on. So a closed standard output stops the printing
 * of events, never the break log or the windows. The stop is said once in the log: one line for an
 * output that cannot be written, with the stack trace for anything else.
 */
public final class FanOutSink implements SittingEventSink, AgentEventSink {

    private static final Logger LOG = LoggerFactory.getLogger(FanOutSink.class);

    private record Named(String name, AgentEventSink sink) {
    }

    private final List<Named> sinks = new CopyOnWriteArrayList<>();

    /**
     * @param name what the sink does, for the log: "printing events on standard output"
     * @return this
     */
    public FanOutSink add(String name, SittingEventSink sink) {
        return addWithProgress(name, (event, progress) -> sink.accept(event));
    }

    /** As {@link #add}, for a sink that also keeps how far a routine got (the break log). */
    public FanOutSink addWithProgress(String name, AgentEventSink sink) {
        sinks.add(new Named(name, sink));
        return this;
    }

    @Override
    public void accept(SittingEvent event) {
        accept(event, Optional.empty());
    }

    @Override
    public void accept(SittingEvent event, Optional<RoutineProgress> progress) {
        for (Named named : sinks) {
            try {
                named.sink().accept(event, progress);
            } catch (UncheckedIOException e) {
                sinks.remove(named);
                LOG.info("Stopped {}: the output cannot be written ({}); the agent goes on without it", named.name(),
                        e.getCause().getMessage());
            } catch (RuntimeException e) {
                sinks.remove(named);
                LOG.warn("Stopped {} after a failure; the agent goes on without it", named.name(), e);
            }
        }
    }
}
