package org.unhunch.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.unhunch.sitting.Observation;
import org.unhunch.sitting.SittingEvent;
import org.unhunch.sitting.SittingEventSink;
import org.unhunch.sitting.SittingModel;
import org.unhunch.sitting.SittingSettings;

/**
 * Throughput of {@link SittingModel} alone, in observations per second: each invocation replays a
 * whole pre-generated observation stream into a new model (default settings) and calls
 * {@code endOfInput}. Events go to a sink that counts them and hands each to a {@link Blackhole},
 * so they are really built. No parsing, no output.
 *
 * <ul>
 *   <li>{@code officeYear}: the {@link OfficeYearTrace} year (seed {@link OfficeYearTrace#DEFAULT_SEED}).
 *   <li>{@code keysEvery2s}: {@value #KEYS} key presses 2 s apart and nothing else (never a 3 s
 *       pause, so every prompt waits out {@code prompt.maxWait} and then times out).
 * </ul>
 *
 * <p>{@code @OperationsPerInvocation} needs a constant, so the year's size is written down here
 * as {@link #YEAR_OBSERVATIONS}; the setup checks it and says so if the generator has changed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class SittingModelBenchmark {

    /** Observations in the office year for {@link OfficeYearTrace#DEFAULT_SEED}. */
    public static final int YEAR_OBSERVATIONS = 2_034_921;

    /** Observations in the activity-only stream. */
    public static final int KEYS = 2_000_000;

    private Observation[] yearKinds;
    private long[] yearNanos;

    private Observation[] keyKinds;
    private long[] keyNanos;

    @Setup(Level.Trial)
    public void generate() {
        OfficeYearTrace.Observations year = OfficeYearTrace.inMemory(OfficeYearTrace.DEFAULT_SEED);
        if (year.size() != YEAR_OBSERVATIONS) {
            throw new IllegalStateException("OfficeYearTrace now gives " + year.size()
                    + " observations for the default seed; set SittingModelBenchmark.YEAR_OBSERVATIONS to that");
        }
        yearKinds = year.kinds();
        yearNanos = year.nanos();

        keyKinds = new Observation[KEYS];
        keyNanos = new long[KEYS];
        for (int i = 0; i < KEYS; i++) {
            keyKinds[i] = Observation.KEY;
            keyNanos[i] = i * 2_000_000_000L;
        }
    }

    @Benchmark
    @OperationsPerInvocation(YEAR_OBSERVATIONS)
    public long officeYear(Blackhole blackhole) {
        return replay(yearKinds, yearNanos, blackhole);
    }

    @Benchmark
    @OperationsPerInvocation(KEYS)
    public long keysEvery2s(Blackhole blackhole) {
        return replay(keyKinds, keyNanos, blackhole);
    }

    private static long replay(Observation[] kinds, long[] nanos, Blackhole blackhole) {
        CountingSink sink = new CountingSink(blackhole);
        SittingModel model = new SittingModel(SittingSettings.DEFAULTS, sink);
        for (int i = 0; i < kinds.length; i++) {
            model.observe(kinds[i], nanos[i]);
        }
        model.endOfInput();
        return sink.events;
    }

    /** Counts the events and sinks each into the blackhole. */
    static final class CountingSink implements SittingEventSink {
        private final Blackhole blackhole;
        long events;

        CountingSink(Blackhole blackhole) {
            this.blackhole = blackhole;
        }

        @Override
        public void accept(SittingEvent event) {
            events++;
            blackhole.consume(event);
        }
    }
}
