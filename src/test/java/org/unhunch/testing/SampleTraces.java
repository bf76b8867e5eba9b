package org.unhunch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The contract's sample traces and their expected outputs, kept in the repository as test
 * resources ({@code src/test/resources/traces}): exact copies of the shared design folder's
 * {@code traces/}, so a clone builds and tests on its own. {@code SampleTracesCopyTest} says when
 * the two differ.
 */
public final class SampleTraces {

    private SampleTraces() {
    }

    /** The repository's copy, as the build put it on the test class path. */
    public static Path folder() {
        URL folder = SampleTraces.class.getResource("/traces");
        assertThat(folder).as("src/test/resources/traces on the test class path").isNotNull();
        try {
            return Path.of(folder.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path named(String fileName) {
        return folder().resolve(fileName);
    }

    /** Every {@code *.trace} that has an {@code .expected.jsonl} beside it. */
    public static List<Path> all() {
        try (Stream<Path> files = Files.list(folder())) {
            List<Path> found = files
                    .filter(file -> file.getFileName().toString().endsWith(".trace"))
                    .filter(file -> Files.exists(expectedOutput(file)))
                    .sorted()
                    .toList();
            assertThat(found).as("sample traces in " + folder()).isNotEmpty();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path expectedOutput(Path trace) {
        String name = trace.getFileName().toString();
        return trace.resolveSibling(name.substring(0, name.length() - ".trace".length()) + ".expected.jsonl");
    }
}
