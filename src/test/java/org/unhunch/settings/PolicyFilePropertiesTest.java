package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The policy file parser, fuzzed with random bytes and with documents that have the format's
 * parts put together wrongly, the JDK's DOCTYPE spelt in several ways, and entities declared and
 * used: it never throws and never prints (standard error is captured); it gives problems that name
 * the source, or values that every setting allows, the same each time; a document with an entity
 * declared or used is refused, and an entity's text never reaches a value.
 */
class PolicyFilePropertiesTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @Property(tries = 300)
    void random_bytes_are_problems_never_an_exception(@ForAll("bytes") byte[] content) {
        assertSound(content);
    }

    @Property(tries = 400)
    void documents_made_of_the_formats_parts_are_read_or_refused(@ForAll("documents") Fuzzed document) {
        PolicyFile policy = assertSound(document.xml().getBytes(StandardCharsets.UTF_8));
        if (document.declaresOrUsesEntities()) {
            assertThat(policy.problems()).as("a document with an entity declared or used is not a policy file")
                    .first().asString().startsWith("fuzz.xml: not a policy file: line ");
        }
        Stream.of(policy.defaults(), policy.locked()).flatMap(values -> values.values().stream())
                .forEach(value -> assertThat(value).as("an entity's text never reaches a value")
                        .doesNotContain(ENTITY_TEXT));
    }

    /** Parses twice, printing nothing; refused with problems that name the source, or values the settings allow. */
    private static PolicyFile assertSound(byte[] content) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PolicyFile policy;
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            policy = PolicyFile.parse(content, "fuzz.xml");
            assertThat(PolicyFile.parse(content, "fuzz.xml")).as("the same each time").isEqualTo(policy);
        } finally {
            System.setErr(stderr);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("the parser prints nothing of its own").isEmpty();
        net.jqwik.api.statistics.Statistics.collect(policy.problems().isEmpty() ? "read"
                : policy.problems().get(0).contains("not a policy file") ? "not xml" : "problems");
        if (!policy.problems().isEmpty()) {
            assertThat(policy.problems()).allSatisfy(problem -> assertThat(problem).startsWith("fuzz.xml: ")
                    .matches(SettingTextTest::printable));
            return policy;
        }
        for (Map<String, String> layer : List.of(policy.defaults(), policy.locked())) {
            layer.forEach((key, value) -> {
                Setting setting = Setting.byKey(key).orElseThrow();
                assertThat(setting.storedKey()).isEqualTo(key);
                assertThat(setting.check(value)).isEqualTo(value);
            });
        }
        return policy;
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> xmlish = Arbitraries.strings().withChars("<>/=\"'!?&;#[]% preferncsytmdokaluxy10").ofMaxLength(200)
                .map(text -> text.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, xmlish);
    }

    /** A generated document, and whether it declares or uses an entity other than XML's own five. */
    record Fuzzed(String xml, boolean declaresOrUsesEntities) {
    }

    /** The text the declared entities stand for, which must never reach a value. */
    private static final String ENTITY_TEXT = "ENTITY-TEXT";

    @Provide
    Arbitrary<Fuzzed> documents() {
        String standard = PreferencesXml.STANDARD_DOCTYPE;
        Arbitrary<Tuple.Tuple2<String, Boolean>> doctype = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Tuple.of("", false))),
                Tuple.of(4, Arbitraries.of(standard, standard.replace(" SYSTEM", "\n SYSTEM"),
                        standard.replace("\"", "'"), standard.replace("\">", "\" >")).map(line -> Tuple.of(line, false))),
                Tuple.of(4, Arbitraries.of(
                        "<!DOCTYPE preferences [ <!ENTITY x \"" + ENTITY_TEXT + "\"> ]>",
                        standard.replace("\">", "\" [ <!ENTITY x \"" + ENTITY_TEXT + "\"> ]>"),
                        "<!DOCTYPE preferences [ <!ENTITY x SYSTEM \"file:///etc/hostname\"> ]>",
                        "<!DOCTYPE preferences [ <!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p; ]>",
                        "<!DOCTYPE preferences [ <!ENTITY % p \"<!ENTITY x '" + ENTITY_TEXT + "'>\"> %p; ]>",
                        "<!DOCTYPE preferences [ <!ENTITY y \"" + ENTITY_TEXT + "\"> <!ENTITY x \"&y;&y;\"> ]>")
                        .map(line -> Tuple.of(line, true))),
                Tuple.of(1, Arbitraries.of("<!-- " + standard + " -->", standard + "\n" + standard,
                        "<!DOCTYPE preferences SYSTEM \"file:///etc/passwd\">").map(line -> Tuple.of(line, false))));
        Arbitrary<String> rootType = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("system")),
                Tuple.of(1, Arbitraries.of("user", "", "SYSTEM")));
        Arbitrary<String> second = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just("")), Tuple.of(1, node(3)));
        return Combinators.combine(doctype, rootType, node(3), second).as((declaration, type, first, more) -> {
            String body = "<preferences EXTERNAL_XML_VERSION=\"1.0\"><root type=\"" + type + "\"><map/>" + first
                    + more + "</root></preferences>";
            return new Fuzzed(HEAD + declaration.get1() + "\n" + body, declaration.get2() || body.contains("&x;"));
        });
    }

    /** The policy nodes, or a {@code <node>} or {@code <map>} with random contents, {@code depth} levels at most. */
    private Arbitrary<String> node(int depth) {
        Arbitrary<String> name = Arbitraries.of("org", "unhunch", "policy", "defaults", "locked", "other", "");
        Arbitrary<String> children = depth == 0 ? Arbitraries.just("")
                : Arbitraries.lazy(() -> node(depth - 1)).list().ofMaxSize(2).map(list -> String.join("", list));
        Arbitrary<String> node = Combinators.combine(name, map(), children)
                .as((n, m, c) -> "<node name=\"" + n + "\">" + m + c + "</node>");
        Arbitrary<List<String>> prefix = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(List.of("org", "unhunch", "policy"))),
                Tuple.of(1, Arbitraries.of("org", "unhunch", "policy", "x").list().ofMaxSize(4)));
        Arbitrary<String> leaves = Combinators.combine(Arbitraries.of("defaults", "locked"), map()).as((leaf, m) ->
                "<node name=\"" + leaf + "\">" + m + "</node>").list().ofMinSize(1).ofMaxSize(2)
                .map(list -> String.join("", list));
        Arbitrary<String> policy = Combinators.combine(prefix, leaves).as((parts, inside) -> {
            StringBuilder nested = new StringBuilder();
            parts.forEach(part -> nested.append("<node name=\"").append(part).append("\"><map/>"));
            nested.append(inside);
            parts.forEach(part -> nested.append("</node>"));
            return nested.toString();
        });
        return Arbitraries.frequencyOf(Tuple.of(8, policy), Tuple.of(2, node), Tuple.of(1, map()),
                Tuple.of(1, Arbitraries.of("<other/>", "text", "<![CDATA[x]]>", "<!-- c -->", "<?pi x?>", "&amp;",
                        "&x;")));
    }

    private Arbitrary<String> map() {
        Arbitrary<String> entry = Arbitraries.of(Setting.values()).flatMap(setting -> {
            Arbitrary<String> key = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(setting.storedKey())),
                    Tuple.of(1, Arbitraries.of(setting.key(), "colour", "", "&amp;", "&#27;", "&x;",
                            setting.storedKey() + " ")));
            Arbitrary<String> value = Arbitraries.frequencyOf(Tuple.of(16, Arbitraries.of(good(setting))),
                    Tuple.of(1, Arbitraries.of("1h61m", "0h50m", "08:00:30", "+30", "mon, fri", " 5m", "TRUE",
                            "&#x85;", "&#xFFFF;", "&#27;", "&lt;x", "a&quot;b", "&x;", "/srv/&x;.json", "\u0665")),
                    Tuple.of(1, Arbitraries.strings().withChars("abc/:.0123456789hms,").ofMaxLength(12)));
            return Combinators.combine(key, value).as((k, v) -> "<entry key=\"" + k + "\" value=\"" + v + "\"/>");
        });
        return entry.list().ofMaxSize(4).map(entries -> entries.isEmpty() ? "<map/>"
                : "<map>" + String.join("", entries) + "</map>");
    }

    /** Values {@code setting} allows. */
    private static List<String> good(Setting setting) {
        if (setting.type() == SettingType.CHOICE) {
            return setting.choices();
        }
        return setting.model().map(model -> List.of(setting.defaultValue(), DurationSyntax.format(model.min()),
                DurationSyntax.format(model.max()))).orElse(GOOD.get(setting.type()));
    }

    private static final Map<SettingType, List<String>> GOOD = Map.of(
            SettingType.DURATION, List.of(),
            SettingType.BOOLEAN, List.of("true", "false", "False"),
            SettingType.DAYS, List.of("7", "180", "3650"),
            SettingType.CHOICE, List.of(),
            SettingType.TIME, List.of("08:00", "17:30", "00:00"),
            SettingType.WEEKDAYS, List.of("mon,tue", "sun", "MON,fri"),
            SettingType.PATH, List.of("", "/srv/unhunch/routines.json", "C:/x.json"));
}
