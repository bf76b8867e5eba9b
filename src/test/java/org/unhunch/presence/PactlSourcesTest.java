package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unhunch.presence.PresenceSource.Unavailable;

/** pactl's list of sources, as recorded from a real PipeWire (see pactl/README.md), and broken. */
class PactlSourcesTest {

    @ParameterizedTest
    @CsvSource({
        "sources-idle.json, false",
        "sources-recording.json, true",
        "sources-playback.json, false",
        "sources-playback-and-monitor-capture.json, false",
        "sources-after.json, false",
    })
    void a_recorded_list_says_whether_a_microphone_captures(String file, boolean capturing) throws Exception {
        assertThat(PactlSources.anyCapturing(recorded(file))).isEqualTo(capturing);
    }

    @Test
    void a_running_monitor_is_no_microphone_whichever_way_pactl_marks_it() throws Exception {
        assertThat(PactlSources.anyCapturing(bytes("""
                [{"state":"RUNNING","monitor_source":"speakers","properties":{}}]"""))).isFalse();
        assertThat(PactlSources.anyCapturing(bytes("""
                [{"state":"RUNNING","monitor_source":"","properties":{"device.class":"monitor"}}]"""))).isFalse();
        assertThat(PactlSources.anyCapturing(bytes("""
                [{"state":"RUNNING","monitor_source":"","properties":{"device.class":"sound"}}]"""))).isTrue();
        assertThat(PactlSources.anyCapturing(bytes("[{\"state\":\"RUNNING\"}]"))).isTrue();
    }

    @Test
    void no_source_is_no_capture() throws Exception {
        assertThat(PactlSources.anyCapturing(bytes("[]"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''| pactl's list of sources is empty",
        "Connection failure: Connection refused| pactl's list of sources is not JSON within bounds (line 1, column 1)",
        "{\"state\":\"RUNNING\"}| pactl's list of sources is not a JSON array",
        "[\"secret-app\"]| pactl's list of sources: item 0 is not an object",
        "[{\"state\":\"IDLE\"},{\"name\":\"secret-mic\"}]| pactl's list of sources: item 1 has no state",
        "[{\"state\":7}]| pactl's list of sources: item 0 has no state",
        "[] [\"secret\"]| pactl's list of sources is not JSON within bounds (line 1, column 4)",
    })
    void broken_output_is_refused_naming_what_is_wrong_but_not_the_content(String output, String message) {
        assertThatThrownBy(() -> PactlSources.anyCapturing(bytes(output)))
                .isInstanceOf(Unavailable.class).hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(ints = {PactlSources.MAX_NESTING + 1, 100_000})
    void deep_nesting_is_refused(int depth) {
        String deep = "[".repeat(depth) + "]".repeat(depth);
        assertThatThrownBy(() -> PactlSources.anyCapturing(bytes(deep)))
                .isInstanceOf(Unavailable.class).hasMessageStartingWith("pactl's list of sources is not JSON within bounds");
    }

    @Test
    void a_list_larger_than_the_bound_is_refused_unread() {
        byte[] large = new byte[PactlSources.MAX_BYTES + 1];
        assertThatThrownBy(() -> PactlSources.anyCapturing(large))
                .isInstanceOf(Unavailable.class)
                .hasMessage("pactl's list of sources is larger than " + PactlSources.MAX_BYTES + " bytes");
    }

    static byte[] recorded(String file) throws IOException {
        try (InputStream in = PactlSourcesTest.class.getResourceAsStream("pactl/" + file)) {
            assertThat(in).as("recorded output %s", file).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
