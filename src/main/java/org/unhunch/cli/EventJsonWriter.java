package org.unhunch.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.unhunch.activity.SecondsFormat;
import org.unhunch.sitting.EndReason;
import org.unhunch.sitting.EventField;
import org.unhunch.sitting.EventFields;
import org.unhunch.sitting.SittingEvent;
import org.unhunch.sitting.SittingEventSink;
import org.unhunch.sitting.SittingSummary;

/**
 * Writes model events as JSON Lines in the format of sitting-model.md ("unhunch simulate"): one
 * object per line, times and durations in seconds. Stray answers are counted in the summary, not
 * printed.
 */
final class EventJsonWriter implements SittingEventSink, AutoCloseable {

    private static final JsonFactory JSON = new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private final JsonGenerator json;

    EventJsonWriter(OutputStream out) throws IOException {
        json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** The output could not be written (a closed pipe, a full disk). */
    static final class OutputFailed extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        OutputFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    @Override
    public void accept(SittingEvent event) {
        try {
            write(event);
        } catch (IOException e) {
            throw new OutputFailed(e);
        }
    }

    private void write(SittingEvent event) throws IOException {
        if (event instanceof SittingEvent.StrayAnswer) {
            return;
        }
        json.writeStartObject();
        json.writeFieldName("t");
        json.writeNumber(SecondsFormat.format(event.at()));
        json.writeStringField("event", event.type().wireName());
        EventFields<Long> fields = event.fields();
        for (EventField field : event.type().fields()) {
            json.writeFieldName(field.wireName());
            switch (field.kind()) {
                case SECONDS -> writeSeconds(fields.seconds(field));
                case MOMENT -> writeMoment(fields.moment(field));
                case REASON -> writeReason(fields.reason());
            }
        }
        endLine();
    }

    /** Writes the closing summary line. */
    void writeSummary(SittingSummary summary) throws IOException {
        json.writeStartObject();
        json.writeStringField("event", "summary");
        json.writeNumberField("sessions", summary.sessions());
        json.writeNumberField("prompts", summary.prompts());
        json.writeNumberField("held", summary.held());
        json.writeNumberField("done", summary.done());
        json.writeNumberField("partial", summary.partial());
        json.writeNumberField("skipped", summary.skipped());
        json.writeNumberField("snoozed", summary.snoozed());
        json.writeNumberField("ignored", summary.ignored());
        json.writeNumberField("natural_breaks", summary.naturalBreaks());
        json.writeNumberField("stray_answers", summary.strayAnswers());
        writeSecondsField("total_sitting_s", summary.totalSitting());
        writeSecondsField("longest_sitting_s", summary.longestSitting());
        endLine();
    }

    private void writeSecondsField(String name, Duration duration) throws IOException {
        json.writeFieldName(name);
        writeSeconds(duration);
    }

    private void writeSeconds(Duration duration) throws IOException {
        if (duration == null) {
            json.writeNull();
        } else {
            json.writeNumber(SecondsFormat.format(duration.toNanos()));
        }
    }

    private void writeMoment(Long nanos) throws IOException {
        if (nanos == null) {
            json.writeNull();
        } else {
            json.writeNumber(SecondsFormat.format(nanos));
        }
    }

    private void writeReason(EndReason reason) throws IOException {
        json.writeString(reason == null ? null : reason.wireName());
    }

    private void endLine() throws IOException {
        json.writeEndObject();
        json.writeRaw('\n');
    }

    void flush() throws IOException {
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
