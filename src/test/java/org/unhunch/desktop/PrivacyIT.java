package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.unhunch.testing.MockBuses;
import org.unhunch.testing.ReadOnlySql;

/**
 * Typing a secret while the agent runs: afterwards the secret, the event details that would
 * carry its keys, and the pointer's coordinates are in no file the agent wrote and no line it printed.
 * Likewise the screen lock and a player holding the screen awake, watched on mock buses: of the
 * login session, its seat and user, the buses' addresses and the player's name and reason, nothing
 * is kept; only the times at which the person was there.
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

    /** What must never be kept, each matched whatever its case: the secret, and what a test plants. */
    private final List<String> planted = new ArrayList<>();
    private final String secret = plant("Unhunch");

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
        typedIntoTheAgentKeepsNothing(() -> HeadlessAgentIT.awaitHookRegistered(data));
    }

    @Test
    void with_the_idle_time_as_its_source_the_agent_keeps_nothing_of_what_was_typed_either() throws Exception {
        AgentProcess.runToEnd(data, "settings", "set", "activity.source", "idle-time");
        typedIntoTheAgentKeepsNothing(() -> awaitLogged("Activity: the system's idle time"));
    }

    /** Waits until the agent watches activity. */
    @FunctionalInterface
    private interface Watching {
        void await() throws Exception;
    }

    private void typedIntoTheAgentKeepsNothing(Watching watching) throws Exception {
        try (AgentProcess agent = AgentProcess.start(data, "run", "--headless")) {
            watching.await();
            typeTheSecret();
            agent.awaitEvent("sitting_started", Duration.ofSeconds(10));
            assertThat(agent.stop()).isEqualTo(0);
            agent.awaitEvent("sitting_ended", Duration.ofSeconds(5));

            assertNothingPrivatePrinted(agent);
            assertNoFileHoldsAnythingPrivate(data, agent.err());
        }
    }

    @Test
    void the_screen_lock_and_an_idle_inhibitor_are_kept_as_times_only() throws Exception {
        try (MockBuses buses = MockBuses.start()) {
            String session = plant("Session");
            buses.send(String.join(" ", "session", session, plant("Seat"), plant("User")));
            buses.send(String.join(" ", "inhibitor", plant("org.example.Player"), plant("Playing"), plant("Film")));
            Map<String, String> env = buses.env(session);
            planted.addAll(busDetails(env));
            try (AgentProcess agent = AgentProcess.startWithEnvironment(data, env, "run", "--headless")) {
                HeadlessAgentIT.awaitHookRegistered(data);
                awaitLogged("Screen lock is watched through logind's session lock (system bus)");
                awaitLogged("Engagement is watched through org.gnome.SessionManager's idle inhibitor (session bus)");
                Desktop.xdotool("mousemove", "300", "300", "mousemove", "340", "320");
                JsonNode started = agent.awaitEvent("sitting_started", Duration.ofSeconds(10));
                buses.send("inhibited-actions 8");
                // the lock comes on the other bus, read on another thread: it could overtake the inhibitor
                awaitLogged("Engagement: on, by org.gnome.SessionManager's idle inhibitor");
                for (String command : List.of("locked-hint " + session + " true",
                        "gnome-screensaver true", "sleep true", "sleep false", "gnome-screensaver false",
                        "locked-hint " + session + " false", "inhibited-actions 0")) {
                    buses.send(command);
                }
                assertThat(agent.stop()).isEqualTo(0);
                JsonNode ended = agent.awaitEvent("sitting_ended", Duration.ofSeconds(5));

                assertThat(ended.get("ended_at").asDouble()).as("the idle inhibitor let go after the pointer moved:"
                        + " the person was there until then").isGreaterThan(started.get("t").asDouble());
                assertNothingPrivatePrinted(agent);
                assertNoFileHoldsAnythingPrivate(data, agent.err());
                assertNothingPrivateExported();
            }
        }
    }

    @Test
    void a_call_a_full_screen_window_and_do_not_disturb_are_kept_as_times_only(@TempDir Path tools)
            throws Exception {
        Desktop.require("wmctrl", "wmctrl");
        Desktop.require("xmessage", "x11-utils");
        String title = plant("Slides");
        Process window = new ProcessBuilder("xmessage", "-title", title, plant("Confidential")).start();
        try {
            org.awaitility.Awaitility.await("the window managed").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> wmctrl("-a", title) == 0);
            assertThat(wmctrl("-r", title, "-b", "add,fullscreen")).isZero();
            aCallAndDoNotDisturbHoldAPromptUntil(tools, () -> wmctrl("-r", title, "-b", "remove,fullscreen"));
        } finally {
            window.destroy();
        }
    }

    private static int wmctrl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wmctrl"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }

    /** Something the test does to let the person be free; it answers with an exit status. */
    @FunctionalInterface
    private interface Freeing {
        int free() throws IOException, InterruptedException;
    }

    private void aCallAndDoNotDisturbHoldAPromptUntil(Path tools, Freeing alsoFree) throws Exception {
        // Stand-ins for pactl and gsettings that answer as the real ones do, with planted names in
        // every field the agent could keep: the microphone's name and description, an application.
        Path microphone = Files.writeString(tools.resolve("microphone"), "RUNNING");
        Path banners = Files.writeString(tools.resolve("banners"), "false\n");
        String source = "{\"index\":7,\"state\":\"%s\",\"name\":\"" + plant("alsa_input.Mic")
                + "\",\"description\":\"" + plant("Headset") + "\",\"monitor_source\":\"\","
                + "\"properties\":{\"application.name\":\"" + plant("Meeting") + "\",\"device.class\":\"sound\"}}";
        script(tools.resolve("pactl"), "printf '[" + source + "]' \"$(cat " + microphone + ")\"");
        script(tools.resolve("gsettings"), "cat " + banners);
        Map<String, String> env = Map.of("PATH", tools + ":" + System.getenv("PATH"));
        try (AgentProcess agent = AgentProcess.startWithEnvironment(data, env, "run", "--headless",
                "--time-scale", "60", "--set", "sit.limit=10m", "--set", "break.gap=3m")) {
            HeadlessAgentIT.awaitHookRegistered(data);
            awaitLogged("Do not disturb is watched through microphone capture (pactl)");
            awaitLogged("the active window's full-screen state (X11)");
            Desktop.xdotool("mousemove", "300", "300", "mousemove", "340", "320");
            agent.awaitEvent("sitting_started", Duration.ofSeconds(10));
            agent.awaitEvent("prompt_held", Duration.ofSeconds(30));
            Files.writeString(microphone, "SUSPENDED");
            Files.writeString(banners, "true\n");
            assertThat(alsoFree.free()).isZero();
            agent.awaitEvent("prompt_shown", Duration.ofSeconds(40));
            assertThat(agent.stop()).isEqualTo(0);

            assertNothingPrivatePrinted(agent);
            assertNoFileHoldsAnythingPrivate(data, agent.err());
            List<String> values = ReadOnlySql.everyValue(data.resolve("time-scaled").resolve("breaks.db"));
            assertThat(values).as("the time-scaled run's break log").contains("prompt_held", "prompt_shown");
            for (String value : values) {
                assertNothingPrivate(value, "the break log");
            }
        }
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }

    /**
     * A distinctive word to plant where the agent could read it ({@code prefix} and 12 random hex
     * digits), added to what must never be kept.
     */
    private String plant(String prefix) {
        String word = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        planted.add(word);
        return word;
    }

    /** The buses' addresses, each of their values (socket path, guid) and the folder of their sockets. */
    private static List<String> busDetails(Map<String, String> env) {
        List<String> details = new ArrayList<>();
        for (String address : List.of(env.get("DBUS_SYSTEM_BUS_ADDRESS"), env.get("DBUS_SESSION_BUS_ADDRESS"))) {
            details.add(address);
            for (String entry : address.substring(address.indexOf(':') + 1).split(",")) {
                String value = entry.substring(entry.indexOf('=') + 1);
                details.add(value);
                if (entry.startsWith("path=")) {
                    details.add(Path.of(value).getParent().getFileName().toString());
                }
            }
        }
        return details;
    }

    private void awaitLogged(String text) {
        org.awaitility.Awaitility.await(text).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> AgentProcess.log(data).contains(text));
    }

    /** Each line the agent printed is an event of known fields, and holds nothing private. */
    private void assertNothingPrivatePrinted(AgentProcess agent) throws IOException {
        for (String line : agent.out()) {
            JsonNode event = JSON.readTree(line);
            event.fieldNames().forEachRemaining(field -> assertThat(EVENT_FIELDS).as(line).contains(field));
            assertNothingPrivate(line, "standard output");
        }
    }

    /** The break log, read value by value, and both exports of it, with what they say on standard error. */
    private void assertNothingPrivateExported() throws Exception {
        List<String> values = ReadOnlySql.everyValue(data.resolve("breaks.db"));
        assertThat(values).as("the break log").contains("sitting_started", "sitting_ended");
        for (String value : values) {
            assertNothingPrivate(value, "the break log");
        }
        String csv = AgentProcess.runToEnd(data, "export", "--format", "csv");
        assertThat(csv).contains("sitting_started", "sitting_ended");
        assertNothingPrivate(csv, "export --format csv");
        String json = AgentProcess.runToEnd(data, "export", "--format", "json");
        assertThat(json).contains("sitting_started", "sitting_ended");
        assertNothingPrivate(json, "export --format json");
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
        for (String word : planted) {
            assertThat(text).as(where).doesNotContainIgnoringCase(word);
        }
        for (String detail : EVENT_DETAILS) {
            assertThat(text).as(where).doesNotContain(detail);
        }
        for (String line : text.split("\n")) {
            String message = line.contains(" - ") ? line.substring(line.indexOf(" - ")) : line;
            assertThat(message).as("%s: %s", where, line).doesNotContainPattern("\\b" + X + "\\b");
        }
    }
}
