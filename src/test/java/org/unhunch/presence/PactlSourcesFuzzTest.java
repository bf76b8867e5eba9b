package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.unhunch.presence.PresenceSource.Unavailable;

/**
 * pactl's list of sources, fuzzed: any output gives on, off or a clear refusal that names what was
 * wrong and nothing of the content (which plants a secret name everywhere it can); never another
 * exception. Inputs: random bytes, JSON-like soup, the recorded lists cut short or with bytes
 * changed, and generated lists whose answer is known.
 */
class PactlSourcesFuzzTest {

    private static final String SECRET = "Secret Meeting App";
    private static final Pattern CLEAR = Pattern.compile("pactl's list of sources( is empty| is not a JSON array"
            + "| is larger than \\d+ bytes| is not JSON within bounds( \\(line \\d+, column \\d+\\))?"
            + "|: item \\d+ (is not an object|has no state))");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<byte[]> RECORDED = recordedLists();

    private static String outcome(byte[] input) {
        try {
            return PactlSources.anyCapturing(input) ? "on" : "off";
        } catch (Unavailable e) {
            assertThat(e.getMessage()).as("a clear refusal").matches(CLEAR);
            return "refused";
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("neither an answer nor a clear refusal for "
                    + new String(input, 0, Math.min(input.length, 200), StandardCharsets.UTF_8), e);
        }
    }

    @Property(tries = 300)
    void random_bytes_give_an_answer_or_a_clear_refusal(@ForAll("bytes") byte[] input) {
        Statistics.label("outcome").collect(outcome(input));
    }

    @Property(tries = 300)
    void json_like_soup_gives_an_answer_or_a_clear_refusal(@ForAll("soup") String input) {
        Statistics.label("outcome").collect(outcome(input.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 300)
    void a_recorded_list_damaged_gives_an_answer_or_a_clear_refusal(@ForAll("damagedRecorded") byte[] input) {
        Statistics.label("outcome").collect(outcome(input));
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("refused").percentage(share -> share > 50);
            coverage.check("off").count(count -> count > 0);
        });
    }

    @Property(tries = 300)
    void a_generated_list_is_on_exactly_when_a_source_that_is_no_monitor_runs(@ForAll("sourceLists") ArrayNode sources)
            throws Exception {
        boolean expected = false;
        for (JsonNode source : sources) {
            expected |= "RUNNING".equals(source.get("state").textValue()) && !plantedMonitor(source);
        }
        Statistics.label("answer").collect(expected);

        assertThat(PactlSources.anyCapturing(JSON.writeValueAsBytes(sources))).isEqualTo(expected);
    }

    // ---- inputs ----

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.strings().withChars("[]{}\",:0123456789 \n-.eEtrufalsn\\RUNNIG").ofMaxLength(300);
    }

    @Provide
    Arbitrary<byte[]> damagedRecorded() {
        Arbitrary<byte[]> recorded = Arbitraries.of(RECORDED);
        Arbitrary<byte[]> cut = recorded.flatMap(bytes -> Arbitraries.integers().between(0, bytes.length)
                .map(end -> Arrays.copyOf(bytes, end)));
        Arbitrary<byte[]> changed = Combinators.combine(recorded, Arbitraries.integers().between(1, 8),
                Arbitraries.longs()).as((bytes, count, seed) -> {
                    byte[] copy = bytes.clone();
                    java.util.Random random = new java.util.Random(seed);
                    for (int i = 0; i < count; i++) {
                        copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                    }
                    return copy;
                });
        return Arbitraries.oneOf(cut, changed);
    }

    @Provide
    Arbitrary<ArrayNode> sourceLists() {
        Arbitrary<String> state = Arbitraries.oneOf(Arbitraries.of("RUNNING", "IDLE", "SUSPENDED", "running", ""),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(10));
        Arbitrary<JsonNode> monitorSource = Arbitraries.of(NODES.textNode(""), NODES.textNode(SECRET + ".output"),
                NODES.nullNode(), NODES.numberNode(3), NODES.missingNode());
        Arbitrary<JsonNode> deviceClass = Arbitraries.of(NODES.textNode("monitor"), NODES.textNode("sound"),
                NODES.textNode(""), NODES.numberNode(1), NODES.missingNode());
        Arbitrary<ObjectNode> source = Combinators.combine(state, monitorSource, deviceClass)
                .as(PactlSourcesFuzzTest::source);
        return source.list().ofMaxSize(8).map(list -> NODES.arrayNode().addAll(list));
    }

    private static ObjectNode source(String state, JsonNode monitorSource, JsonNode deviceClass) {
        ObjectNode source = NODES.objectNode().put("index", 7).put("state", state).put("name", SECRET)
                .put("description", SECRET);
        if (!monitorSource.isMissingNode()) {
            source.set("monitor_source", monitorSource);
        }
        ObjectNode properties = source.putObject("properties").put("application.name", SECRET);
        if (!deviceClass.isMissingNode()) {
            properties.set("device.class", deviceClass);
        }
        return source;
    }

    /** What the generator planted: a sink's name in monitor_source, or the monitor device class. */
    private static boolean plantedMonitor(JsonNode source) {
        JsonNode sink = source.path("monitor_source");
        return sink.isTextual() && !sink.textValue().isEmpty()
                || "monitor".equals(source.path("properties").path("device.class").asText());
    }

    private static List<byte[]> recordedLists() {
        try {
            return List.of(PactlSourcesTest.recorded("sources-idle.json"),
                    PactlSourcesTest.recorded("sources-recording.json"),
                    PactlSourcesTest.recorded("sources-playback-and-monitor-capture.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
