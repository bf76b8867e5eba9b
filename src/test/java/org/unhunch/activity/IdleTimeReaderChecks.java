package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;

/** Checks every platform's reader passes, driven by a fake idle clock on the test's ticker. */
public final class IdleTimeReaderChecks {

    private IdleTimeReaderChecks() {
    }

    /**
     * Checks the idle time counts from the latest input: {@code reader} must start with an input now,
     * and {@code input} is one more.
     */
    public static void assertIdleTimeCountsFromTheLatestInput(IdleTimeReader reader, FakeTicker ticker,
            Runnable input) throws IdleTimeUnreadableException {
        assertThat(reader.idleMillis()).isZero();

        ticker.advance(Duration.ofMillis(2_500).toNanos());
        assertThat(reader.idleMillis()).isEqualTo(2_500);

        input.run();
        ticker.advance(Duration.ofMillis(40).toNanos());
        assertThat(reader.idleMillis()).isEqualTo(40);
    }

    /**
     * Starts a source on {@code reader}, reads once more to prove the count, lets {@code input} come
     * after a while, reads a while later, and checks the input is recorded at the ticker's time when
     * it came.
     */
    public static void assertInputRecordedWhenItCame(IdleTimeReader reader, FakeTicker ticker, Runnable input)
            throws ActivitySourceUnavailableException {
        ActivityRecorder recorder = new ActivityRecorder(ticker);
        try (IdleTimeSource source = new IdleTimeSource(reader, new ManualSampler(), IdleTimeSource.SAMPLE_WHILE_AWAY)) {
            source.start(recorder);
            ticker.advance(Duration.ofMillis(500).toNanos());
            source.readNow(); // the count grew with the ticker: proven
            ticker.advance(Duration.ofMillis(1_000).toNanos());
            input.run();
            long inputAt = ticker.read();
            ticker.advance(Duration.ofMillis(700).toNanos());

            source.readNow();

            assertThat(recorder.drain().latest(ActivityKind.INPUT)).isEqualTo(inputAt);
        }
    }

    /** A loader that fails as {@code Native.load} does where the library is not on the system. */
    public static <L> Supplier<L> missingLibrary() {
        return () -> {
            throw new UnsatisfiedLinkError("Unable to load library");
        };
    }
}
