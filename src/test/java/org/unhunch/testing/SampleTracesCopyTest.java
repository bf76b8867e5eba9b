package org.unhunch.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's sample traces are the shared design folder's, byte for byte: when the contract
 * changes upstream, this test names the files to bring in. Skipped where there is no shared folder
 * (a clone on its own), since the repository's copy is then all there is.
 */
class SampleTracesCopyTest {

    @Test
    void the_repositorys_sample_traces_are_exact_copies_of_the_shared_design_folders() throws IOException {
        Path shared = sharedTraces();
        assumeTrue(Files.isDirectory(shared), "no shared design folder beside the repository (" + shared
                + "; -Dunhunch.sharedDir=...): the sample traces are not compared with it");
        Path ours = SampleTraces.folder();
        TreeSet<String> names = new TreeSet<>(fileNames(shared));
        names.addAll(fileNames(ours));
        List<String> differences = new ArrayList<>();
        for (String name : names) {
            Path theirs = shared.resolve(name);
            Path mine = ours.resolve(name);
            if (!Files.exists(mine)) {
                differences.add(name + ": only in " + shared);
            } else if (!Files.exists(theirs)) {
                differences.add(name + ": only in the repository");
            } else if (!Arrays.equals(Files.readAllBytes(theirs), Files.readAllBytes(mine))) {
                differences.add(name + ": differs");
            }
        }
        assertThat(differences)
                .as("src/test/resources/traces against %s (copy the shared files in when the contract changed)",
                        shared)
                .isEmpty();
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
        }
    }

    /**
     * Where the shared design folder's {@code traces/} would be: the folder {@code shared} beside
     * the repository, or {@code -Dunhunch.sharedDir=...}. The one place the tests look outside the
     * repository; it may not be there.
     */
    private static Path sharedTraces() {
        return Path.of(System.getProperty("unhunch.sharedDir", "../shared"), "traces").toAbsolutePath().normalize();
    }
}
