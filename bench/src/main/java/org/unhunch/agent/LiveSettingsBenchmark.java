package org.unhunch.agent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.prefs.Preferences;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.unhunch.settings.SettingsStore;

/**
 * What the agent pays at each wake-up to read its settings again ({@link LiveSettings#get()}): three
 * nodes of the JDK's file-backed preferences, each read from its file as it is on disk (not the
 * JDK's copy in memory, which can be stale), every value checked. The forked JVM's preference roots are a fresh temporary folder, with
 * a person's value and an organisation lock in it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.util.prefs.userRoot=target/bench-prefs/user",
        "-Djava.util.prefs.systemRoot=target/bench-prefs/system"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LiveSettingsBenchmark {

    private LiveSettings live;

    @Setup
    public void setUp() throws Exception {
        Files.createDirectories(Path.of("target/bench-prefs/system/.systemPrefs"));
        SettingsStore store = new SettingsStore(Preferences.userRoot(), Preferences.systemRoot(), message -> { });
        store.set("sit.limit", "50m");
        Preferences locked = Preferences.systemRoot().node(SettingsStore.LOCKED_NODE);
        locked.put("snooze", "15m");
        locked.flush();
        live = new LiveSettings(store, UnaryOperator.identity(), ZoneId.systemDefault());
    }

    @Benchmark
    public AgentSettings readAtWakeUp() {
        return live.get();
    }
}
