package org.unhunch.presence;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A microphone in use: a capture stream running on a source that is not a sink's monitor, asked of
 * PulseAudio or PipeWire (through pipewire-pulse) with {@code pactl}. Which application records,
 * and from which device, is never kept.
 */
public final class MicrophoneCapturing extends AskedSource {

    private static final List<String> COMMAND = List.of("pactl", "-f", "json", "list", "sources");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Map<String, String> env;
    private final List<String> command;

    /** @param env the environment pactl runs in, where it finds the sound server (XDG_RUNTIME_DIR, PULSE_SERVER) */
    public MicrophoneCapturing(Map<String, String> env) {
        this(env, COMMAND);
    }

    /** @param command what runs instead of pactl's (a stand-in that writes a recorded answer) */
    MicrophoneCapturing(Map<String, String> env, List<String> command) {
        super("microphone capture (pactl)", Signal.CALL);
        this.env = Map.copyOf(env);
        this.command = List.copyOf(command);
    }

    @Override
    protected boolean read() throws Unavailable {
        ToolOutput.Result result = ToolOutput.run(command, env, TIMEOUT, PactlSources.MAX_BYTES);
        if (result.status() != 0) {
            throw new Unavailable("pactl ended with status " + result.status()
                    + ": no sound server answers, or pactl is older than 16 and writes no JSON");
        }
        return PactlSources.anyCapturing(result.out());
    }
}
