package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFileTest {

    @TempDir
    Path folder;

    private Path file(String rootType, String nodes) throws Exception {
        Path file = folder.resolve("policy.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE preferences SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <preferences EXTERNAL_XML_VERSION="1.0">
                  <root type="%s"><map/>
                    <node name="org"><map/><node name="unhunch"><map/><node name="policy"><map/>
                %s
                    </node></node></node>
                  </root>
                </preferences>
                """.formatted(rootType, nodes));
        return file;
    }

    private static java.util.List<String> problems(Path file) {
        return PolicyFile.read(file).problems();
    }

    @Test
    void the_example_in_the_docs_is_a_good_policy_and_its_values_are_read_by_layer() {
        PolicyFile example = PolicyFile.read(Path.of("docs", "policy-example.xml"));
        assertThat(example.defaults()).containsExactly(java.util.Map.entry("routine.id", "quick-reset"),
                java.util.Map.entry("work.start", "08:00"));
        assertThat(example.locked()).containsExactly(java.util.Map.entry("retention.days", "180"),
                java.util.Map.entry("sit.limit", "50m"));
        assertThat(problems(Path.of("docs", "policy-example.xml"))).isEmpty();
    }

    @Test
    void every_bad_entry_is_named_with_the_file_node_key_and_value() throws Exception {
        Path file = file("system", """
                <node name="defaults"><map><entry key="snooze" value="2h"/><entry key="colour" value="red"/></map></node>
                <node name="locked"><map><entry key="sit.limit" value="50m"/><entry key="sounds" value="loud"/></map></node>
                <node name="other"><map><entry key="sit.limit" value="50m"/></map></node>
                """);
        assertThat(problems(file)).containsExactly(
                file + ": /org/unhunch/policy/defaults: snooze=2h: out of range; allowed 1m–1h",
                file + ": /org/unhunch/policy/defaults: colour=red: unknown setting; docs/settings.md lists them"
                        + " (the \"stored as\" column)",
                file + ": /org/unhunch/policy/locked: sounds=loud: not true or false; allowed true, false",
                file + ": /org/unhunch/policy/other: sit.limit=50m: outside org/unhunch/policy/defaults and"
                        + " org/unhunch/policy/locked");
    }

    @Test
    void a_user_root_or_a_file_that_is_not_xml_is_refused() throws Exception {
        Path user = file("user", "");
        assertThat(problems(user)).singleElement().asString().contains("<root type=\"system\">");
        Path garbage = folder.resolve("garbage.xml");
        Files.writeString(garbage, "sit.limit=50m\n");
        assertThat(problems(garbage)).singleElement().asString()
                .startsWith(garbage + ": not a policy file: line 1, column 1: ");
    }
}
