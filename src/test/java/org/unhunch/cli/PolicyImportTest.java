package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.routine.RoutineFile;

/**
 * {@code policy import}, {@code show} and {@code export} on a system root of the test's own: a refused
 * file leaves the policy as it was (finding 5), the routine file it names is looked at (finding 4),
 * deep XML is bad input (finding 12), and output that cannot be written is said (finding 15).
 */
class PolicyImportTest {

    @TempDir
    Path folder;

    private final Preferences system = Preferences.systemRoot().node("test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        system.removeNode();
    }

    private Path policy(String locked) throws IOException {
        return Files.writeString(folder.resolve("policy-" + UUID.randomUUID() + ".xml"), """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE preferences SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <preferences EXTERNAL_XML_VERSION="1.0"><root type="system"><map/>
                <node name="org"><map/><node name="unhunch"><map/><node name="policy"><map/>
                <node name="defaults"><map><entry key="routine.id" value="quick-reset"/></map></node>
                <node name="locked"><map>%s</map></node>
                </node></node></node></root></preferences>
                """.formatted(locked), StandardCharsets.UTF_8);
    }

    private static String entry(String key, String value) {
        return "<entry key=\"" + key + "\" value=\"" + value + "\"/>";
    }

    @Test
    void a_refused_import_of_a_value_too_long_for_the_store_leaves_the_earlier_policy() throws Exception {
        CliRun good = OwnRootsCli.policy(system, "import", policy(entry("sit.limit", "50m")).toString());
        assertThat(good.status()).as(good.err()).isZero();

        Path tooLong = policy(entry("sit.limit", "40m") + entry("routine.file", "/" + "a".repeat(10_004)));
        CliRun refused = OwnRootsCli.policy(system, "import", tooLong.toString());

        CliRun shown = OwnRootsCli.policy(system, "show");
        assertThat(shown.out()).as("the earlier policy").contains("  routine.id = quick-reset", "  sit.limit = 50m")
                .doesNotContain("40m");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains(tooLong + ": /org/unhunch/policy/locked: routine.file=/aaa")
                .contains("too long: 10005 characters; at most 8192").contains("nothing imported")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void twenty_thousand_nested_nodes_are_bad_input() throws Exception {
        Path deep = Files.writeString(folder.resolve("deep.xml"), "<preferences><root type=\"system\">"
                + "<node name=\"n\">".repeat(20_000) + "</node>".repeat(20_000) + "</root></preferences>");
        CliRun refused = OwnRootsCli.policy(system, "import", deep.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).startsWith("unhunch policy: " + deep + ": not a policy file: ")
                .doesNotContain("StackOverflowError");
    }

    @Test
    void a_routine_file_that_is_there_and_cannot_be_used_is_refused() throws Exception {
        Path nulls = Files.writeString(folder.resolve("nulls.json"), "{\"format\":1,\"routines\":[null]}");
        Path notJson = Files.writeString(folder.resolve("not.json"), "{");
        for (Path routines : new Path[] {nulls, notJson}) {
            Path file = policy(entry("routine.file", routines.toString()));
            CliRun refused = OwnRootsCli.policy(system, "import", file.toString());
            assertThat(refused.status()).as(refused.err()).isEqualTo(2);
            assertThat(refused.err()).contains(file + ": routine.file=" + routines
                    + ": not a routine file Unhunch can use: ").contains("nothing imported");
            assertThat(OwnRootsCli.policy(system, "show").out()).doesNotContain("routine.file");
        }
    }

    @Test
    void a_routine_file_that_is_good_is_imported_and_one_that_is_not_here_is_noted() throws Exception {
        Path good = folder.resolve("routines.json");
        try (InputStream bundled = RoutineFile.class.getResourceAsStream(RoutineFile.BUNDLED)) {
            Files.copy(bundled, good);
        }
        CliRun imported = OwnRootsCli.policy(system, "import", policy(entry("routine.file", good.toString())).toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.err()).isEmpty();

        Path elsewhere = folder.resolve("only-on-the-fleet.json");
        Path file = policy(entry("routine.file", elsewhere.toString()));
        CliRun noted = OwnRootsCli.policy(system, "import", file.toString());
        assertThat(noted.status()).as(noted.err()).isZero();
        assertThat(noted.err()).isEqualTo("unhunch policy: note: " + file + ": routine.file=" + elsewhere
                + ": no such file on this machine, so it is not checked here; the agent says so where it is missing\n");
        assertThat(OwnRootsCli.policy(system, "show").out()).contains("routine.file = " + elsewhere);
    }

    @Test
    void a_routine_file_with_a_motion_this_version_does_not_know_is_imported_with_a_note() throws Exception {
        Path later = Files.writeString(folder.resolve("later.json"), "{\"format\":1,\"routines\":[{\"id\":\"r\","
                + "\"name\":\"R\",\"steps\":[{\"id\":\"s\",\"title\":\"S\",\"guidance\":[\"Do it.\"],"
                + "\"seconds\":30,\"motion\":\"headstand\"}]}]}");
        Path file = policy(entry("routine.file", later.toString()));
        CliRun noted = OwnRootsCli.policy(system, "import", file.toString());
        assertThat(noted.status()).as(noted.err()).isZero();
        assertThat(noted.err()).startsWith("unhunch policy: note: " + file + ": routine.file=" + later + ": " + later
                + ": routines[0].steps[0].motion: 'headstand' is not a motion Unhunch knows")
                .contains("the step shows the pacer alone");
        assertThat(OwnRootsCli.policy(system, "show").out()).contains("routine.file = " + later);
    }

    @Test
    void an_export_is_imported_as_it_was() throws Exception {
        assertThat(OwnRootsCli.policy(system, "import", policy(entry("sit.limit", "50m")).toString()).status()).isZero();
        Path exported = folder.resolve("exported.xml");
        assertThat(OwnRootsCli.policy(system, "export", exported.toString()).status()).isZero();
        Preferences other = Preferences.systemRoot().node("test-" + UUID.randomUUID());
        try {
            CliRun imported = OwnRootsCli.policy(other, "import", exported.toString());
            assertThat(imported.status()).as(imported.err()).isZero();
            assertThat(OwnRootsCli.policy(other, "show").out()).isEqualTo(OwnRootsCli.policy(system, "show").out());
        } finally {
            other.removeNode();
        }
    }

    @Test
    void show_and_export_say_so_when_their_output_cannot_be_written() throws Exception {
        CliRun shown = OwnRootsCli.policy(system, CliRun.failingOutput("No space left on device"), "show");
        assertThat(shown.status()).isEqualTo(1);
        assertThat(shown.err()).isEqualTo("unhunch policy: standard output cannot be written (No space left on device)\n");

        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "a Linux /dev/full");
        CliRun exported = OwnRootsCli.policy(system, "export", full.toString());
        assertThat(exported.status()).isEqualTo(1);
        assertThat(exported.err()).isEqualTo("unhunch policy: /dev/full: cannot be written (No space left on device)\n");
        assertThat(system.nodeExists("org")).as("reading made no node").isFalse();
    }
}
