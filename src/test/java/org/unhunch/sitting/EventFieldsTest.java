package org.unhunch.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each event type's named fields, said once in {@link EventType}, are what its event gives. */
class EventFieldsTest {

    private static final Duration SOME = Duration.ofSeconds(90);

    /** One event of every type, each field set. */
    private static List<SittingEvent> oneOfEach() {
        return List.of(new SittingEvent.SittingStarted(1, SOME),
                new SittingEvent.SittingEnded(2, 1, SOME, EndReason.IDLE), new SittingEvent.BreakDue(3, SOME), new SittingEvent.PromptShown(4, SOME),
                new SittingEvent.PromptHeld(5, SOME), new SittingEvent.BreakSnoozed(6, 7),
                new SittingEvent.BreakSkipped(8), new SittingEvent.BreakIgnored(9), new SittingEvent.RoutineStarted(10),
                new SittingEvent.BreakDone(11, SOME), new SittingEvent.BreakPartial(12, SOME),
                new SittingEvent.StrayAnswer(13, Observation.SKIP));
    }

    @Test
    void every_event_gives_a_value_for_each_field_its_type_lists() {
        assertThat(oneOfEach()).extracting(SittingEvent::type).containsExactlyInAnyOrder(EventType.values());
        for (SittingEvent event : oneOfEach()) {
            EventFields<Long> fields = event.fields();
            assertThat(fields.type()).isEqualTo(event.type());
            for (EventField field : event.type().fields()) {
                Object value = switch (field.kind()) {
                    case SECONDS -> fields.seconds(field);
                    case MOMENT -> fields.moment(field);
                    case REASON -> fields.reason();
                };
                assertThat(value).as(event.type().wireName() + " " + field.wireName()).isNotNull();
            }
        }
    }

    @Test
    void the_fields_are_those_and_in_the_order_of_sitting_model_md() {
        assertThat(EventType.SITTING_STARTED.fields()).containsExactly(EventField.AWAY_S);
        assertThat(EventType.SITTING_ENDED.fields()).containsExactly(EventField.ENDED_AT, EventField.SITTING_S,
                EventField.REASON);
        assertThat(EventType.BREAK_SNOOZED.fields()).containsExactly(EventField.UNTIL);
        assertThat(EventType.BREAK_DONE.fields()).containsExactly(EventField.DURATION_S);
        assertThat(EventType.BREAK_SKIPPED.fields()).isEmpty();
        assertThat(EventField.values()).extracting(EventField::wireName).containsExactly("sitting_s", "away_s",
                "duration_s", "reason", "ended_at", "until");
    }

    @Test
    void a_field_the_type_does_not_have_cannot_be_set_and_reads_as_none() {
        EventFields<Long> skipped = EventFields.of(EventType.BREAK_SKIPPED);
        assertThatThrownBy(() -> skipped.seconds(EventField.SITTING_S, SOME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("break_skipped")
                .hasMessageContaining("sitting_s");
        assertThatThrownBy(() -> EventFields.<Long>of(EventType.SITTING_ENDED).moment(EventField.SITTING_S, 1L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(skipped.seconds(EventField.SITTING_S)).isNull();
    }

    @Test
    void moments_are_converted_and_lengths_and_reasons_kept() {
        EventFields<String> text = new SittingEvent.SittingEnded(2, 1_500_000_000L, SOME, EndReason.ROUTINE).fields()
                .withMoments(nanos -> nanos / 1_000_000 + " ms");
        assertThat(text).isEqualTo(EventFields.<String>of(EventType.SITTING_ENDED)
                .moment(EventField.ENDED_AT, "1500 ms").seconds(EventField.SITTING_S, SOME).reason(EndReason.ROUTINE));
        assertThat(new SittingEvent.SittingStarted(1, null).fields().seconds(EventField.AWAY_S))
                .as("a first session has no time away").isNull();
    }
}
