package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import org.unhunch.activity.HostileTraces;

/**
 * {@code unhunch simulate} end to end on hostile traces and options: it replays (exit 0, nothing
 * on standard error, a summary last) or refuses in one line naming the problem (exit 2); never a
 * stack trace. Standard error is the one every command writes to ({@link Main#errorWriter}).
 */
class SimulatePropertiesTest {

    private Path dir;

    @BeforeTry
    void makeFolder() throws IOException {
        dir = Files.createTempDirectory("simulate-fuzz");
    }

    @AfterTry
    void removeFolder() throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Property(tries = 80)
    void simulate_replays_or_refuses_in_one_line(@ForAll("traces") byte[] trace, @ForAll("options") List<String> options)
            throws IOException {
        Path file = Files.write(dir.resolve("fuzz.trace"), trace);
        List<String> args = new ArrayList<>(List.of("simulate"));
        for (String option : options) {
            args.add(option.replace("FOLDER", dir.resolve("data").toString()));
        }
        args.add(file.toString());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(String[]::new), out, Main.errorWriter(errBytes));
        CliRun run = new CliRun(status, out.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));

        assertThat(run.err()).doesNotContain("Exception", "\tat ", "Error:");
        assertThat(run.status()).as(run.err()).isIn(ExitStatus.OK, ExitStatus.BAD_INPUT);
        if (run.status() == ExitStatus.OK) {
            assertThat(run.err()).isEmpty();
            assertThat(run.outLines()).last().asString().startsWith("{\"event\":\"summary\",");
        } else {
            assertThat(run.err()).startsWith("unhunch simulate: ").hasLineCount(1);
        }
    }

    @Provide
    Arbitrary<byte[]> traces() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, HostileTraces.mutated()),
                net.jqwik.api.Tuple.of(1, HostileTraces.randomBytes()));
    }

    /** Settings at and beyond their bounds, and start dates for a break log at and beyond its range. */
    @Provide
    Arbitrary<List<String>> options() {
        Arbitrary<List<String>> set = Arbitraries.of("sit.limit=10m", "sit.limit=3h", "sit.limit=9m", "break.gap=1m",
                        "break.gap=30m", "snooze=1h", "prompt.maxWait=0s", "prompt.timeout=30m", "prompt.pause=30s",
                        "sit.limit=99999999999h", "snooze=\u001b[2J", "nonsense=1")
                .map(value -> List.of("--set", value));
        Arbitrary<List<String>> recordInto = Arbitraries.of("1970-01-01T00:00", "9999-12-31T23:59:59",
                        "+999999999-12-31T23:59:59", "-999999999-01-01T00:00", "2026-03-29T02:30", "1969-12-31T23:59")
                .map(starting -> List.of("--record-into", "FOLDER", "--starting", starting));
        return Combinators.combine(set.list().ofMaxSize(3), Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, Arbitraries.just(List.<String>of())),
                        net.jqwik.api.Tuple.of(1, recordInto)))
                .as((sets, record) -> {
                    List<String> all = new ArrayList<>();
                    sets.forEach(all::addAll);
                    all.addAll(record);
                    return all;
                });
    }
}
