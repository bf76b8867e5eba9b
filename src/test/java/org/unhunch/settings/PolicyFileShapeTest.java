package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Findings 12 and 18 of issue 9, 9 of the review: the file must have the format's shape; nothing in
 * it is silently ignored, merged or printed twice; the JDK's DOCTYPE is read however it is spelt.
 */
class PolicyFileShapeTest {

    @TempDir
    Path folder;

    private Path file(String name, String xml) throws Exception {
        return Files.writeString(folder.resolve(name), xml, StandardCharsets.UTF_8);
    }

    private Path policy(String name, String nodes) throws Exception {
        return file(name, """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE preferences SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <preferences EXTERNAL_XML_VERSION="1.0"><root type="system"><map/>
                <node name="org"><map/><node name="unhunch"><map/><node name="policy"><map/>
                %s
                </node></node></node></root></preferences>
                """.formatted(nodes));
    }

    @Test
    void twenty_thousand_nested_nodes_are_not_a_policy_file_and_no_stack_overflow() throws Exception {
        Path deep = file("deep.xml", "<?xml version=\"1.0\"?><preferences><root type=\"system\">"
                + "<node name=\"n\">".repeat(20_000) + "</node>".repeat(20_000) + "</root></preferences>");
        assertThat(PolicyFile.read(deep).problems()).singleElement().asString()
                .startsWith(deep + ": not a policy file: line 1, column ");
    }

    @Test
    void nodes_nested_deeper_than_a_policy_are_said_once() throws Exception {
        Path deep = policy("deeper.xml", "<node name=\"locked\">" + "<node name=\"n\">".repeat(20)
                + "<map><entry key=\"sit.limit\" value=\"50m\"/></map>" + "</node>".repeat(21));
        assertThat(PolicyFile.read(deep).problems()).singleElement().asString()
                .isEqualTo(deep + ": /org/unhunch/policy/locked/n: nodes nested deeper than org/unhunch/policy/defaults"
                        + " and org/unhunch/policy/locked");
    }

    @Test
    void a_second_map_is_a_problem_and_its_entries_are_checked_too() throws Exception {
        Path file = policy("maps.xml", """
                <node name="locked"><map><entry key="sit.limit" value="50m"/></map>
                <map><entry key="snooze" value="2h"/></map></node>
                """);
        assertThat(PolicyFile.read(file).problems()).containsExactly(
                file + ": /org/unhunch/policy/locked: 2 <map> elements; a node has one",
                file + ": /org/unhunch/policy/locked: snooze=2h: out of range; allowed 1m–1h");
    }

    @Test
    void two_entries_for_one_key_and_two_nodes_of_one_name_are_problems() throws Exception {
        Path file = policy("twice.xml", """
                <node name="defaults"><map><entry key="sit.limit" value="50m"/><entry key="sit.limit" value="40m"/>
                <entry key="prompt.maxWait" value="30s"/><entry key="prompt.maxwait" value="20s"/></map></node>
                <node name="defaults"><map><entry key="snooze" value="5m"/></map></node>
                """);
        assertThat(PolicyFile.read(file).problems()).containsExactly(
                file + ": /org/unhunch/policy: two <node name=\"defaults\">; a node is there once",
                file + ": /org/unhunch/policy/defaults: sit.limit=40m: given twice (also sit.limit=50m); a key has"
                        + " one entry",
                file + ": /org/unhunch/policy/defaults: prompt.maxwait=20s: given twice (as prompt.maxWait and"
                        + " prompt.maxwait); a key has one entry");
    }

    @Test
    void elements_and_text_the_format_does_not_have_are_problems() throws Exception {
        Path file = policy("extra.xml", """
                <node name="locked"><map><entry key="sit.limit" value="50m"><note/></entry><entry key="snooze"/>
                <comment>ten</comment></map><nodes/>stray</node>
                """);
        assertThat(PolicyFile.read(file).problems()).containsExactly(
                file + ": /org/unhunch/policy/locked: an unexpected <nodes>; allowed here: <map>, <node>",
                file + ": /org/unhunch/policy/locked: text 'stray' outside any entry",
                file + ": /org/unhunch/policy/locked: <map>: an unexpected <comment>; allowed here: <entry>",
                file + ": /org/unhunch/policy/locked: <entry>: an unexpected <note>; allowed here: nothing",
                file + ": /org/unhunch/policy/locked: an <entry> without a key or a value attribute");
    }

    @Test
    void cdata_sections_and_attributes_the_format_does_not_have_are_problems_named_as_such() throws Exception {
        Path file = policy("cdata.xml", """
                <node name="locked" hidden="yes"><map><![CDATA[ <entry key="snooze" value="2h"/> ]]>
                <entry key="sit.limit" value="50m" extra="1"/></map></node>
                """);
        assertThat(PolicyFile.read(file).problems()).containsExactly(
                file + ": /org/unhunch/policy/locked: <node>: an unknown attribute hidden=\"yes\"; allowed here: name",
                file + ": /org/unhunch/policy/locked: <map>: a CDATA section ' <entry key=\"snooze\" value=\"2h\"/> ';"
                        + " the format has no text outside entries",
                file + ": /org/unhunch/policy/locked: <entry>: an unknown attribute extra=\"1\"; allowed here: key, value");
    }

    static Stream<Arguments> harmlessSpellings() {
        String standard = "<!DOCTYPE preferences SYSTEM \"http://java.sun.com/dtd/preferences.dtd\">";
        return Stream.of(
                Arguments.of("a space before >", "UTF-8", standard.replace("\">", "\" >")),
                Arguments.of("lines, a tab and single quotes", "UTF-8",
                        "<!DOCTYPE\n  preferences\tSYSTEM\n 'http://java.sun.com/dtd/preferences.dtd'>"),
                Arguments.of("Windows line ends inside it", "UTF-8",
                        "<!DOCTYPE preferences\r\n  SYSTEM \"http://java.sun.com/dtd/preferences.dtd\"\r\n>"),
                Arguments.of("UTF-16", "UTF-16", standard),
                Arguments.of("UTF-8 with a byte order mark", "UTF-8 BOM", standard));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harmlessSpellings")
    void the_jdks_doctype_in_any_harmless_spelling_and_encoding_is_read(String spelling, String encoding,
                                                                         String doctype) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"" + encoding.replace(" BOM", "") + "\"?>\n" + doctype + "\n"
                + """
                <preferences EXTERNAL_XML_VERSION="1.0"><root type="system"><map/>
                <node name="org"><map/><node name="unhunch"><map/><node name="policy"><map/>
                <node name="locked"><map><entry key="sit.limit" value="50m"/></map></node>
                </node></node></node></root></preferences>
                """;
        byte[] content = encoding.equals("UTF-16") ? xml.getBytes(StandardCharsets.UTF_16)
                : encoding.equals("UTF-8 BOM") ? ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_8)
                : xml.getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("spelling.xml"), content);

        PolicyFile policy = PolicyFile.read(file);

        assertThat(policy.problems()).as(spelling).isEmpty();
        assertThat(policy.locked()).containsExactly(Map.entry("sit.limit", "50m"));
    }

    @Test
    void with_the_jdks_doctype_an_undeclared_entity_in_a_value_is_refused_never_dropped() throws Exception {
        Path file = policy("entity.xml", """
                <node name="locked"><map><entry key="routine.file" value="/srv/&xxe;routines.json"/></map></node>
                """);
        assertThat(PolicyFile.read(file).problems()).singleElement().asString()
                .startsWith(file + ": not a policy file: line ").contains("\"xxe\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<!DOCTYPE map SYSTEM \"http://java.sun.com/dtd/preferences.dtd\">",
        "<!DOCTYPE preferences PUBLIC \"-//x//y\" \"http://java.sun.com/dtd/preferences.dtd\">",
        "<!DOCTYPE preferences SYSTEM \"https://java.sun.com/dtd/preferences.dtd\">",
        "<!DOCTYPE preferences>",
        "<!DOCTYPE preferences SYSTEM \"http://java.sun.com/dtd/preferences.dtd\" [ ]>",
        "<!DOCTYPE preferences SYSTEM \"http://java.sun.com/dtd/preferences.dtd\" [ <!-- c --> ]>",
        "<!DOCTYPE preferences SYSTEM \"http://java.sun.com/dtd/preferences.dtd\" [ <!ELEMENT x ANY> ]>",
        "<!DOCTYPE preferences SYSTEM \"http://java.sun.com/dtd/preferences.dtd\" [ <?pi x?> ]>"})
    void any_other_doctype_is_refused_as_such(String doctype) throws Exception {
        Path file = file("other.xml", "<?xml version=\"1.0\"?>\n" + doctype + "\n<preferences><root type=\"system\">"
                + "<map/></root></preferences>");
        assertThat(PolicyFile.read(file).problems()).singleElement().asString()
                .startsWith(file + ": not a policy file: line ")
                .contains("a DOCTYPE other than the JDK's own <!DOCTYPE preferences SYSTEM"
                        + " \"http://java.sun.com/dtd/preferences.dtd\">");
    }

    @Test
    void an_xml_error_is_said_once_by_us_and_the_parser_prints_nothing() throws Exception {
        Path broken = file("broken.xml", "<preferences><root type=\"system\"></preferences>");
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> problems;
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            problems = PolicyFile.read(broken).problems();
        } finally {
            System.setErr(stderr);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("no [Fatal Error] line of the parser's").isEmpty();
        assertThat(problems).singleElement().asString().startsWith(broken + ": not a policy file: line 1, column ");
    }

    @Test
    void a_file_too_large_for_a_policy_is_not_read_whole() throws Exception {
        Path large = file("large.xml", "<preferences>" + " ".repeat(PolicyFile.MAX_BYTES) + "</preferences>");
        assertThat(PolicyFile.read(large).problems()).containsExactly(large + ": larger than 1024 KiB; not a policy file");
        assertThat(PolicyFile.read(folder.resolve("missing.xml")).problems()).containsExactly(
                folder.resolve("missing.xml") + ": no such file");
    }
}
