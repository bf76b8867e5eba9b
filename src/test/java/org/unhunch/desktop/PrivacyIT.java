package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;

/**
 * Typing a secret while the agent runs: afterwards the secret, the event details that would
 * carry its keys, and the pointer's coordinates are in no file the agent wrote and no line it printed.
 */
@Tag("desktop")
class PrivacyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String X = "1117";
    private static final String Y = "733";
    /** What JNativeHook's events say of themselves (paramString), were one ever printed. */
    private static final List<String> EVENT_DETAILS = List.of("keyCode=", "keyText=", "keyChar=", "rawCode=",
            "NATIVE_KEY", "NATIVE_MOUSE", "(" + X + "," + Y + ")", X + "," + Y, "NativeKeyEvent", "NativeMouseEvent");
    private static final Set<String> EVENT_FIELDS = Set.of("t", "event", "away_s", "ended_at", "sitting_s", "reason",
            "until", "duration_s");

    @TempDir
    Path data;

    private final String secret = "Unhunch" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeEach
    void requireDesktop() {
        Desktop.require();
    }

    private void typeTheSecret() {
        Desktop.xdotool("mousemove", X, Y, "click", "1", "type", "--delay", "15", secret + " pass " + secret);
        Desktop.xdotool("key", "Return", "mousemove", "640", "400");
    }

    @Test
    void the_headless_agent_keeps_nothing_of_what_was_typed_or_where_the_pointer_was() throws Exception {
        try (AgentProcess agent = AgentProcess.start(data, "run", "--headless")) {
            HeadlessAgentIT.awaitHookRegistered(data);
            typeTheSecret();
            agent.awaitEvent("sitting_started", Duration.ofSeconds(10));
            assertThat(agent.stop()).isEqualTo(0);
            agent.awaitEvent("sitting_ended", Duration.ofSeconds(5));

            for (String line : agent.out()) {
                JsonNode event = JSON.readTree(line);
                event.fieldNames().forEachRemaining(field -> assertThat(EVENT_FIELDS).as(line).contains(field));
                assertNothingPrivate(line, "standard output");
            }
            assertNoFileHoldsAnythingPrivate(data, agent.err());
        }
    }

    @Test
    void record_trace_writes_times_and_kinds_only() throws Exception {
        Path trace = data.resolve("day.trace");
        try (AgentProcess recorder = AgentProcess.start(data, "record-trace", trace.toString())) {
            await(trace);
            typeTheSecret();
            Desktop.xdotool("mousemove", "100", "100", "click", "4");
            assertThat(recorder.stop()).isEqualTo(0);
            List<String> lines = Files.readAllLines(trace, StandardCharsets.UTF_8);
            Pattern observation = Pattern.compile("\\d+\\.\\d{1,3} (key|pointer|wheel|tick)");
            assertThat(lines).isNotEmpty().allSatisfy(line ->
                    assertThat(line.startsWith("# ") || observation.matcher(line).matches()).as(line).isTrue());
            assertThat(lines).anyMatch(line -> line.endsWith(" key"))
                    .anyMatch(line -> line.endsWith(" pointer"))
                    .anyMatch(line -> line.endsWith(" wheel"));
            assertThat(lines.get(lines.size() - 1)).endsWith(" tick");
            assertNoFileHoldsAnythingPrivate(data, recorder.err());
        }
    }

    private static void await(Path trace) {
        org.awaitility.Awaitility.await("recording started").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> Files.exists(trace) && Files.size(trace) > 0);
    }

    private void assertNoFileHoldsAnythingPrivate(Path folder, String printedErrors) throws IOException {
        assertNothingPrivate(printedErrors, "standard error");
        Path bundledLibrary = folder.resolve("native").resolve(System.mapLibraryName("JNativeHook"));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.equals(bundledLibrary)).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertNothingPrivate(text, file.toString());
            }
        }
    }

    private void assertNothingPrivate(String text, String where) {
        assertThat(text).as(where).doesNotContainIgnoringCase(secret);
        for (String detail : EVENT_DETAILS) {
            assertThat(text).as(where).doesNotContain(detail);
        }
        for (String line : text.split("\n")) {
            String message = line.contains(" - ") ? line.substring(line.indexOf(" - ")) : line;
            assertThat(message).as("%s: %s", where, line).doesNotContainPattern("\\b" + X + "\\b");
        }
    }
}
