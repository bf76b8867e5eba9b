package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unhunch.presence.PresenceSource.Unavailable;
import org.unhunch.testing.PrivatePipeWire;

/**
 * The microphone source against a real PipeWire of the test's own (pipewire, wireplumber and
 * pipewire-pulse): on while {@code pw-record} records the microphone, off once it is killed, and
 * off while only a speaker's monitor is recorded.
 */
class MicrophoneCapturingIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    private static PrivatePipeWire pipewire;

    @BeforeAll
    static void startPipeWire() throws Exception {
        pipewire = PrivatePipeWire.start();
    }

    @AfterAll
    static void stopPipeWire() throws Exception {
        if (pipewire != null) {
            pipewire.close();
        }
    }

    @Test
    void a_recording_turns_it_on_and_its_end_off() throws Exception {
        MicrophoneCapturing microphone = new MicrophoneCapturing(pipewire.env());
        microphone.start(on -> { });
        assertThat(microphone.on()).as("nothing records yet").isFalse();

        Process recording = pipewire.recordMicrophone();
        await("on while pw-record records").atMost(WITHIN).until(() -> readsOn(microphone));

        PrivatePipeWire.kill(recording);
        await("off once pw-record has ended").atMost(WITHIN).until(() -> !readsOn(microphone));
        microphone.close();
    }

    @Test
    void recording_what_the_speaker_plays_is_no_call() throws Exception {
        MicrophoneCapturing microphone = new MicrophoneCapturing(pipewire.env());
        microphone.start(on -> { });

        Process recording = pipewire.recordSpeaker();
        await("the speaker's monitor runs").atMost(WITHIN)
                .until(() -> pipewire.sourceState(PrivatePipeWire.SPEAKER + ".monitor").equals("RUNNING"));
        assertThat(readsOn(microphone)).isFalse();
        assertThat(pipewire.sourceState(PrivatePipeWire.MICROPHONE)).isNotEqualTo("RUNNING");

        PrivatePipeWire.kill(recording);
        microphone.close();
    }

    @Test
    void without_a_sound_server_it_cannot_start() throws Exception {
        Path empty = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "no-sound-");
        // A server named, so that libpulse never spawns a PulseAudio of its own.
        MicrophoneCapturing microphone = new MicrophoneCapturing(Map.of("PATH", System.getenv("PATH"),
                "XDG_RUNTIME_DIR", empty.toString(), "HOME", empty.toString(),
                "PULSE_SERVER", "unix:" + empty.resolve("no-server")));

        assertThatThrownBy(() -> microphone.start(on -> { })).isInstanceOf(Unavailable.class)
                .hasMessageStartingWith("pactl ended with status 1: no sound server answers");
    }

    private static boolean readsOn(MicrophoneCapturing microphone) {
        microphone.readNow();
        return microphone.on();
    }
}
