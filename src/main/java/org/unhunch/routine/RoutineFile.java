package org.unhunch.routine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;

/**
 * Reads routines from JSON (the bundled {@code routines.json}, or a file IT ships through
 * {@code routine.file}) and checks them: every problem names the file and the line or the field.
 * The format, its strict types and its limits are in {@code docs/routine-file.md}.
 */
public final class RoutineFile {

    public static final String BUNDLED = "/org/unhunch/routine/routines.json";
    public static final Set<String> EQUIPMENT = Set.of("foamRoller", "band");
    /** The largest file read, checked before parsing (the bundled one is about 5 KB). */
    public static final int MAX_BYTES = 1024 * 1024;
    /** A routine file nests 5 deep (file, routines, routine, steps, step, guidance). */
    static final int MAX_NESTING = 10;
    /** A routine file's numbers have at most 3 digits; a long one would cost time to parse. */
    static final int MAX_NUMBER_LENGTH = 100;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Within MAX_BYTES only these two limits can be reached (names and strings may be as long as the file).
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(MAX_NUMBER_LENGTH).maxNameLength(MAX_BYTES).maxStringLength(MAX_BYTES).build())
            .build());

    private RoutineFile() {
    }

    /**
     * A file's routines, and what in it was passed over without refusing the file: a motion this
     * version does not know, whose step shows the pacer alone. Each note names the file and the field.
     */
    public record Checked(List<Routine> routines, List<String> notes) {
        public Checked {
            routines = List.copyOf(routines);
            notes = List.copyOf(notes);
        }
    }

    /** The routines that ship with Unhunch. */
    public static List<Routine> bundled() {
        try (InputStream in = RoutineFile.class.getResourceAsStream(BUNDLED)) {
            return read(in, "routines.json (bundled)");
        } catch (IOException | RoutineFileException e) {
            throw new IllegalStateException("the bundled routines are broken: " + e.getMessage(), e);
        }
    }

    /** The path a setting names: a string that is no path (with a NUL character, say) is refused. */
    public static Path path(String name) throws RoutineFileException {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new RoutineFileException("'" + name + "': not a valid path (" + e.getReason() + ")", e);
        }
    }

    /** Reads and checks the routines in {@code file}, which must be a regular file (not a device or a pipe). */
    public static List<Routine> read(Path file) throws RoutineFileException {
        return readChecked(file).routines();
    }

    /** As {@link #read(Path)}, with the notes on what was passed over. */
    public static Checked readChecked(Path file) throws RoutineFileException {
        try {
            if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
                throw new RoutineFileException(file + ": is not a regular file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readChecked(in, file.toString());
            }
        } catch (NoSuchFileException e) {
            throw new RoutineFileException(file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new RoutineFileException(file + ": cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new RoutineFileException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads and checks routines: at most {@link #MAX_BYTES} of {@code in} are read.
     *
     * @param source the file's name, for messages
     */
    public static List<Routine> read(InputStream in, String source) throws RoutineFileException {
        return readChecked(in, source).routines();
    }

    /** As {@link #read(InputStream, String)}, with the notes on what was passed over. */
    public static Checked readChecked(InputStream in, String source) throws RoutineFileException {
        byte[] content;
        try {
            content = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new RoutineFileException(source + ": cannot be read: " + e.getMessage(), e);
        }
        if (content.length > MAX_BYTES) {
            throw new RoutineFileException(source + ": is larger than 1 MiB (" + MAX_BYTES
                    + " bytes); a routine file is a few kilobytes");
        }
        JsonNode tree;
        JsonParser parser = parser(content, source);
        try (parser) {
            tree = JSON.readTree(parser);
            if (parser.nextToken() != null) {
                throw new RoutineFileException(source + where(parser.currentTokenLocation())
                        + ": not valid JSON: more after the end of the routines' object");
            }
        } catch (StreamConstraintsException e) {
            String problem = e.getMessage().contains("nesting")
                    ? "nested deeper than " + MAX_NESTING + " levels; a routine file nests 5"
                    : "has a number longer than " + MAX_NUMBER_LENGTH + " characters";
            throw new RoutineFileException(source + where(parser.currentLocation()) + ": " + problem, e);
        } catch (JsonProcessingException e) {
            throw new RoutineFileException(source + where(e.getLocation()) + ": not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new RoutineFileException(source + ": cannot be read: " + e.getMessage(), e);
        }
        RoutineChecker checker = new RoutineChecker(source);
        List<Routine> routines = checker.check(tree == null ? MissingNode.getInstance() : tree);
        return new Checked(routines, checker.notes());
    }

    private static JsonParser parser(byte[] content, String source) throws RoutineFileException {
        try {
            return JSON.createParser(content);
        } catch (IOException e) {
            throw new RoutineFileException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : ": line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
