package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TraceWriterTest {

    @Test
    void writes_first_and_latest_of_each_kind_in_time_order_in_seconds_on_the_given_axis() throws Exception {
        FakeTicker ticker = new FakeTicker(5_000_000_000L);
        ActivityRecorder recorder = new ActivityRecorder(ticker);
        StringWriter text = new StringWriter();
        TraceWriter trace = new TraceWriter(text);
        trace.header("a test");
        ticker.set(6_000_000_000L);
        recorder.record(ActivityKind.POINTER);
        ticker.set(6_250_000_000L);
        recorder.record(ActivityKind.KEY);
        ticker.set(6_500_000_000L);
        recorder.record(ActivityKind.KEY);
        recorder.record(ActivityKind.POINTER);
        trace.write(recorder.drain(), (reading, wall) -> reading - 5_000_000_000L);
        trace.end(4_000_000_000L);
        assertThat(text.toString()).isEqualTo(String.join("\n",
                "# a test",
                "1.0 pointer",
                "1.25 key",
                "1.5 key",
                "1.5 pointer",
                "4.0 tick",
                ""));
    }

    @Test
    void a_reading_older_than_what_was_written_is_written_at_that_time_so_times_never_decrease() throws Exception {
        StringWriter text = new StringWriter();
        TraceWriter trace = new TraceWriter(text);
        FakeTicker ticker = new FakeTicker(2_000_000_000L);
        ActivityRecorder recorder = new ActivityRecorder(ticker);
        recorder.record(ActivityKind.KEY);
        trace.write(recorder.drain(), (reading, wall) -> reading);
        ticker.set(1_000_000_000L);
        recorder.record(ActivityKind.WHEEL);
        trace.write(recorder.drain(), (reading, wall) -> reading);
        assertThat(text.toString()).isEqualTo("2.0 key\n2.0 wheel\n");
    }
}
