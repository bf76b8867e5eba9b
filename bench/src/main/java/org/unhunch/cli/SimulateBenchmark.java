package org.unhunch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.unhunch.bench.OfficeYearTrace;

/**
 * End to end, in process: {@code unhunch simulate YEAR.trace} through the real command line
 * ({@link Main#run}: picocli, settings, {@code TraceReader}, the model, the JSON writer) on the
 * {@link OfficeYearTrace} year, standard output thrown away. One run per measurement
 * (single-shot), so warm-up runs show how fast it gets with a warm JIT and the first measured
 * runs how slow a cold one is; JVM start is not included (see {@code scripts/simulate-wall-time.sh}).
 *
 * <p>In package {@code org.unhunch.cli} because {@link Main#run} is package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m"})
public class SimulateBenchmark {

    private Path trace;
    private String[] args;

    @Setup(Level.Trial)
    public void writeTrace() throws IOException {
        trace = Files.createTempFile("unhunch-year-", ".trace");
        OfficeYearTrace.write(trace, OfficeYearTrace.DEFAULT_SEED);
        args = new String[] {"simulate", trace.toString()};
    }

    @TearDown(Level.Trial)
    public void deleteTrace() throws IOException {
        Files.deleteIfExists(trace);
    }

    @Benchmark
    public int simulateYear() {
        StringWriter errors = new StringWriter();
        int status = Main.run(args, OutputStream.nullOutputStream(), new PrintWriter(errors, true));
        if (status != 0) {
            throw new IllegalStateException("simulate exited " + status + ": " + errors);
        }
        return status;
    }
}
