package org.unhunch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unhunch.sitting.SittingEvent;
import org.unhunch.testing.LogCapture;

class FanOutSinkTest {

    private static final SittingEvent FIRST = new SittingEvent.SittingStarted(0, null);
    private static final SittingEvent SECOND = new SittingEvent.BreakDue(600, Duration.ofMinutes(45));
    private static final SittingEvent THIRD = new SittingEvent.PromptShown(603, Duration.ofMinutes(45));

    @RegisterExtension
    final LogCapture logged = new LogCapture(FanOutSink.class);
    private final List<SittingEvent> recorded = new ArrayList<>();
    private final List<SittingEvent> shown = new ArrayList<>();

    @Test
    void a_closed_output_stops_only_the_printing_and_is_said_once_in_one_line() {
        List<SittingEvent> printed = new ArrayList<>();
        FanOutSink sinks = new FanOutSink()
                .add("printing events on standard output", event -> {
                    if (!printed.isEmpty()) {
                        throw new UncheckedIOException(new IOException("Broken pipe"));
                    }
                    printed.add(event);
                })
                .add("the break log", recorded::add)
                .add("the windows", shown::add);

        sinks.accept(FIRST);
        sinks.accept(SECOND);
        sinks.accept(THIRD);

        assertThat(printed).containsExactly(FIRST);
        assertThat(recorded).containsExactly(FIRST, SECOND, THIRD);
        assertThat(shown).containsExactly(FIRST, SECOND, THIRD);
        assertThat(logged.events()).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.INFO);
            assertThat(line.getFormattedMessage()).isEqualTo("Stopped printing events on standard output: the output"
                    + " cannot be written (Broken pipe); the agent goes on without it");
            assertThat(line.getThrowableProxy()).isNull();
        });
    }

    @Test
    void any_other_failure_stops_that_sink_alone_with_its_stack_trace_in_the_log() {
        FanOutSink sinks = new FanOutSink()
                .add("the break log", event -> {
                    throw new IllegalStateException("a bug");
                })
                .add("the windows", shown::add);

        sinks.accept(FIRST);
        sinks.accept(SECOND);

        assertThat(shown).containsExactly(FIRST, SECOND);
        assertThat(logged.events()).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getFormattedMessage()).isEqualTo("Stopped the break log after a failure; the agent goes on"
                    + " without it");
            assertThat(line.getThrowableProxy().getMessage()).isEqualTo("a bug");
        });
    }

    @Test
    void every_sink_gets_every_event_in_order_while_none_fails() {
        List<String> calls = new ArrayList<>();
        FanOutSink sinks = new FanOutSink()
                .add("one", event -> calls.add("one " + event.type().wireName()))
                .add("two", event -> calls.add("two " + event.type().wireName()));

        sinks.accept(FIRST);
        sinks.accept(SECOND);

        assertThat(calls).containsExactly("one sitting_started", "two sitting_started", "one break_due",
                "two break_due");
        assertThat(logged.events()).isEmpty();
    }
}
