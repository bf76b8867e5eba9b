package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinuxCallSourcesTest {

    @Test
    void a_call_is_a_microphone_or_a_camera_the_same_sources_each_time() {
        LinuxSources linux = new LinuxSources(Map.of());

        List<PresenceSource> calls = linux.calls();

        assertThat(calls).hasExactlyElementsOfTypes(MicrophoneCapturing.class, CameraHeldOpen.class);
        assertThat(calls).extracting(PresenceSource::signal).containsOnly(Signal.CALL);
        assertThat(calls).extracting(PresenceSource::name)
                .containsExactly("microphone capture (pactl)", "camera devices held open (/proc)");
        assertThat(linux.calls()).isSameAs(calls);
    }
}
