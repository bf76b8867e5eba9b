package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unhunch.testing.SampleTraces;

/** Every sample trace of the contract reproduces its expected output (numbers within 0.001). */
class SampleTracesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> sampleTraces() throws IOException {
        return SampleTraces.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleTraces")
    void replay_reproduces_the_expected_events(Path trace) throws IOException {
        CliRun run = CliRun.of("simulate", trace.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();

        List<JsonNode> actual = parse(run.outLines());
        List<JsonNode> expected = parse(Files.readAllLines(SampleTraces.expectedOutput(trace), StandardCharsets.UTF_8));
        assertThat(actual).as("number of lines").hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertSameEvent(i + 1, actual.get(i), expected.get(i));
        }
    }

    private static void assertSameEvent(int line, JsonNode actual, JsonNode expected) {
        List<String> actualFields = fieldNames(actual);
        assertThat(actualFields).as("fields of line %d: %s", line, actual).isEqualTo(fieldNames(expected));
        for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = actual.get(field.getKey());
            String what = "line " + line + " field " + field.getKey() + " of " + actual;
            if (field.getValue().isNumber()) {
                assertThat(value.isNumber()).as(what).isTrue();
                assertThat(value.asDouble()).as(what).isCloseTo(field.getValue().asDouble(), within(0.001));
            } else {
                assertThat(value).as(what).isEqualTo(field.getValue());
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> parse(List<String> lines) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
