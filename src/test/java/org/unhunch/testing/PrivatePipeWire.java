package org.unhunch.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A PipeWire of the test's own: a private session bus, {@code pipewire}, {@code wireplumber} and
 * {@code pipewire-pulse} with their own runtime, config and state folders under {@code target/}, a
 * silent speaker and a virtual microphone made with {@code pactl}. Never the machine's sound server.
 * Without the programs the calling test is skipped, saying why (it fails where
 * {@code UNHUNCH_REQUIRE_DESKTOP} is set, as in CI).
 */
public final class PrivatePipeWire implements AutoCloseable {

    /** The programs it needs, and the Debian packages that have them. */
    private static final Map<String, String> PROGRAMS = Map.of("pipewire", "pipewire-bin", "wireplumber",
            "wireplumber", "pipewire-pulse", "pipewire-pulse", "pw-record", "pipewire-bin", "pactl",
            "pulseaudio-utils", "dbus-daemon", "dbus");
    public static final String MICROPHONE = "unhunch-test-microphone";
    public static final String SPEAKER = "unhunch-test-speaker";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    private final Path folder;
    private final Map<String, String> env = new HashMap<>();
    private final Deque<Process> daemons = new ArrayDeque<>();
    private final List<Process> clients = new ArrayList<>();

    private PrivatePipeWire(Path folder) {
        this.folder = folder;
    }

    /** Starts it all and waits until pactl answers, or skips the calling test if the machine cannot. */
    public static PrivatePipeWire start() throws IOException, InterruptedException {
        for (Map.Entry<String, String> program : PROGRAMS.entrySet()) {
            Desktop.check(Desktop.onPath(program.getKey()), program.getKey() + " is not installed (apt-get install "
                    + String.join(" ", PROGRAMS.values().stream().distinct().sorted().toList()) + ")");
        }
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "pw-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        PrivatePipeWire pipewire = new PrivatePipeWire(folder);
        try {
            pipewire.startAll();
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            pipewire.close();
            throw e;
        }
        return pipewire;
    }

    private void startAll() throws IOException, InterruptedException {
        env.put("PATH", System.getenv("PATH"));
        env.put("XDG_RUNTIME_DIR", folder.toString());
        for (String home : List.of("HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")) {
            env.put(home, Files.createDirectories(folder.resolve(home.toLowerCase())).toString());
        }
        env.put("DBUS_SESSION_BUS_ADDRESS", sessionBus());
        daemon("pipewire");
        await("PipeWire's socket").atMost(WITHIN).until(() -> Files.exists(folder.resolve("pipewire-0")));
        daemon("wireplumber");
        daemon("pipewire-pulse");
        await("pipewire-pulse answers pactl").atMost(WITHIN).until(() -> pactl("info") == 0);
        assertThat(pactl("load-module", "module-null-sink", "sink_name=" + SPEAKER)).as("a speaker").isZero();
        assertThat(pactl("load-module", "module-null-sink", "sink_name=" + MICROPHONE,
                "media.class=Audio/Source/Virtual", "channel_map=mono")).as("a microphone").isZero();
        assertThat(pactl("set-default-source", MICROPHONE)).as("the default microphone").isZero();
    }

    /** Where pactl and the sources find this PipeWire, and nothing of the machine's own. */
    public Map<String, String> env() {
        return Map.copyOf(env);
    }

    /** {@code pw-record} from the microphone into a file, until it is killed (or this is closed). */
    public Process recordMicrophone() throws IOException {
        return client("pw-record", "--target", MICROPHONE, folder.resolve("microphone.wav").toString());
    }

    /** {@code pw-record} of what the speaker plays (its monitor), as a screen recorder would. */
    public Process recordSpeaker() throws IOException {
        return client("pw-record", "-P", "{ stream.capture.sink=true }", "--target", SPEAKER,
                folder.resolve("speaker.wav").toString());
    }

    /** Kills {@code process} and waits until it has ended. */
    public static void kill(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The state pactl says a source has now (RUNNING, IDLE, SUSPENDED), or "" when it has no such source. */
    public String sourceState(String source) throws IOException, InterruptedException {
        Process list = tool("pactl", "list", "short", "sources").redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
            String state = "";
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t");
                if (fields.length > 4 && fields[1].equals(source)) {
                    state = fields[4];
                }
            }
            list.waitFor(10, TimeUnit.SECONDS);
            return state;
        }
    }

    /** Stops every process it started, the last started first. */
    @Override
    public void close() throws InterruptedException {
        for (Process client : clients) {
            kill(client);
        }
        while (!daemons.isEmpty()) {
            kill(daemons.pop());
        }
    }

    private String sessionBus() throws IOException {
        Process bus = tool("dbus-daemon", "--session", "--nofork", "--print-address=1")
                .redirectError(folder.resolve("dbus-daemon.log").toFile()).start();
        daemons.push(bus);
        String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertThat(address).as("dbus-daemon names its address (see %s)", folder.resolve("dbus-daemon.log"))
                .isNotBlank();
        return address;
    }

    private void daemon(String program) throws IOException {
        File log = folder.resolve(program + ".log").toFile();
        daemons.push(tool(program).redirectErrorStream(true).redirectOutput(log).start());
    }

    private Process client(String... command) throws IOException {
        File log = folder.resolve(command[0] + "-" + clients.size() + ".log").toFile();
        Process process = tool(command).redirectErrorStream(true).redirectOutput(log).start();
        clients.add(process);
        return process;
    }

    private int pactl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pactl"));
        command.addAll(List.of(arguments));
        Process pactl = tool(command.toArray(String[]::new)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!pactl.waitFor(10, TimeUnit.SECONDS)) {
            pactl.destroyForcibly();
            return -1;
        }
        return pactl.exitValue();
    }

    private ProcessBuilder tool(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder;
    }
}
