package org.unhunch.presence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.unhunch.presence.PresenceSource.Unavailable;

/**
 * Reads {@code pactl -f json list sources} (PulseAudio, or PipeWire through pipewire-pulse): a
 * microphone is capturing while a source that is not a sink's monitor is {@code RUNNING}, which it
 * is while an application records from it and has not paused. Only each source's state and whether
 * it is a monitor are looked at; names, descriptions and properties are never kept.
 */
final class PactlSources {

    /** The largest list read; a source takes 1 to 3 KB. */
    static final int MAX_BYTES = 1024 * 1024;
    /** A source nests 4 deep (list, source, volume, channel). */
    static final int MAX_NESTING = 16;
    private static final String WHAT = "pactl's list of sources";

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(100).maxNameLength(MAX_BYTES).maxStringLength(MAX_BYTES).build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private PactlSources() {
    }

    /**
     * @throws Unavailable when the output is larger than {@link #MAX_BYTES}, is not JSON, or is not a
     *                     list of sources each with a state; the message says where, never what
     */
    static boolean anyCapturing(byte[] json) throws Unavailable {
        if (json.length > MAX_BYTES) {
            throw new Unavailable(WHAT + " is larger than " + MAX_BYTES + " bytes");
        }
        JsonNode sources = tree(json);
        if (!sources.isArray()) {
            throw new Unavailable(WHAT + " is not a JSON array");
        }
        boolean capturing = false;
        for (int i = 0; i < sources.size(); i++) {
            JsonNode source = sources.get(i);
            if (!source.isObject()) {
                throw new Unavailable(WHAT + ": item " + i + " is not an object");
            }
            JsonNode state = source.get("state");
            if (state == null || !state.isTextual()) {
                throw new Unavailable(WHAT + ": item " + i + " has no state");
            }
            capturing |= "RUNNING".equals(state.textValue()) && !monitor(source);
        }
        return capturing;
    }

    /**
     * A sink's monitor: pactl names the sink in {@code monitor_source} (empty otherwise), and
     * PulseAudio and PipeWire both give it the property {@code device.class=monitor}.
     */
    private static boolean monitor(JsonNode source) {
        JsonNode sink = source.get("monitor_source");
        JsonNode properties = source.get("properties");
        JsonNode deviceClass = properties == null ? null : properties.get("device.class");
        return sink != null && sink.isTextual() && !sink.textValue().isEmpty()
                || deviceClass != null && "monitor".equals(deviceClass.asText());
    }

    private static JsonNode tree(byte[] json) throws Unavailable {
        if (json.length == 0) {
            throw new Unavailable(WHAT + " is empty");
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new Unavailable(WHAT + " is not JSON within bounds" + where);
        } catch (IOException e) {
            throw new Unavailable(WHAT + " cannot be read");
        }
    }
}
