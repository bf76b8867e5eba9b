package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.presence.PresenceSource.Unavailable;

/**
 * The microphone source and the way it runs its tool, with shell scripts standing in for pactl:
 * recorded answers, a missing tool, a tool without a server, one that hangs and one that floods.
 */
class MicrophoneCapturingTest {

    private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin");

    @TempDir
    Path folder;

    @Test
    void a_recorded_capture_is_on_and_its_end_off() throws Exception {
        Path answer = folder.resolve("answer.json");
        Files.write(answer, PactlSourcesTest.recorded("sources-recording.json"));
        MicrophoneCapturing microphone = new MicrophoneCapturing(ENV, List.of("cat", answer.toString()));

        microphone.start(on -> { });
        assertThat(microphone.on()).isTrue();

        Files.write(answer, PactlSourcesTest.recorded("sources-after.json"));
        microphone.readNow();
        assertThat(microphone.on()).isFalse();
        microphone.close();
    }

    @Test
    void without_the_tool_it_cannot_start() {
        MicrophoneCapturing microphone = new MicrophoneCapturing(ENV, List.of(folder.resolve("pactl").toString()));

        assertThatThrownBy(() -> microphone.start(on -> { })).isInstanceOf(Unavailable.class)
                .hasMessage(folder.resolve("pactl") + " is not installed or cannot be run");
    }

    @Test
    void without_a_sound_server_it_cannot_start() throws Exception {
        Path pactl = script("echo 'Connection failure: Connection refused' >&2; exit 1");

        assertThatThrownBy(() -> new MicrophoneCapturing(ENV, List.of(pactl.toString())).start(on -> { }))
                .isInstanceOf(Unavailable.class).hasMessageStartingWith("pactl ended with status 1: no sound server");
    }

    @Test
    void the_tool_gets_exactly_the_environment_given_and_no_input() throws Exception {
        Path out = folder.resolve("seen");
        Path tool = script("echo \"$XDG_RUNTIME_DIR|$HOME|$LC_ALL\" > " + out + "; cat > " + out + ".in; echo '[]'");

        ToolOutput.Result result = ToolOutput.run(List.of(tool.toString()),
                Map.of("XDG_RUNTIME_DIR", "/run/private"), Duration.ofSeconds(5), 100);

        assertThat(result.status()).isZero();
        assertThat(Files.readString(out)).isEqualTo("/run/private||C\n");
        assertThat(Files.size(Path.of(out + ".in"))).isZero();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void a_tool_that_hangs_is_killed_at_its_timeout() throws Exception {
        assertRefused("exec sleep 60", Duration.ofMillis(300), 100, " did not answer within 300 ms");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void a_tool_that_writes_too_much_is_stopped() throws Exception {
        assertRefused("exec cat /dev/zero", Duration.ofSeconds(10), 100_000, " wrote more than 100000 bytes");
    }

    private void assertRefused(String body, Duration timeout, int maxBytes, String why) throws IOException {
        Path tool = script(body);
        assertThatThrownBy(() -> ToolOutput.run(List.of(tool.toString()), ENV, timeout, maxBytes))
                .isInstanceOf(Unavailable.class).hasMessage(tool + why);
    }

    private Path script(String body) throws IOException {
        Path script = folder.resolve("tool-" + Integer.toHexString(body.hashCode()));
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
        return script;
    }
}
