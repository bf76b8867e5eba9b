package org.unhunch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's shared design folder ({@code ../shared} beside the repository; the build passes
 * its path as {@code unhunch.sharedDir}). Its sample traces are the contract's worked examples.
 */
public final class SharedDesign {

    private SharedDesign() {
    }

    public static Path traces() {
        String shared = System.getProperty("unhunch.sharedDir", "../shared");
        Path traces = Path.of(shared, "traces").toAbsolutePath().normalize();
        assertThat(traces)
                .as("the sample traces of the shared design folder (set -Dunhunch.sharedDir=...)")
                .isDirectory();
        return traces;
    }

    /** Every {@code *.trace} that has an {@code .expected.jsonl} beside it. */
    public static List<Path> sampleTraces() throws IOException {
        try (Stream<Path> files = Files.list(traces())) {
            List<Path> found = files
                    .filter(file -> file.getFileName().toString().endsWith(".trace"))
                    .filter(file -> Files.exists(expectedOutput(file)))
                    .sorted()
                    .toList();
            assertThat(found).as("sample traces in " + traces()).isNotEmpty();
            return found;
        }
    }

    public static Path expectedOutput(Path trace) {
        String name = trace.getFileName().toString();
        return trace.resolveSibling(name.substring(0, name.length() - ".trace".length()) + ".expected.jsonl");
    }
}
