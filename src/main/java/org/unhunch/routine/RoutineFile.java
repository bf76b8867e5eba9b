package org.unhunch.routine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads routines from JSON (the bundled {@code routines.json}, or a file IT ships through
 * {@code routine.file}) and checks them: every problem names the file and the line or the field.
 */
public final class RoutineFile {

    public static final String BUNDLED = "/org/unhunch/routine/routines.json";
    public static final Set<String> EQUIPMENT = Set.of("foamRoller", "band");

    private static final int FORMAT = 1;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    record FileJson(int format, List<RoutineJson> routines) {
    }

    record RoutineJson(String id, String name, List<StepJson> steps) {
    }

    record StepJson(String id, String title, List<String> guidance, Integer seconds, String pacer,
                    Integer inhaleSeconds, Integer exhaleSeconds, String inhaleWord, String exhaleWord,
                    Integer secondsPerSide, String requires) {
    }

    private RoutineFile() {
    }

    /** The routines that ship with Unhunch. */
    public static List<Routine> bundled() {
        try (InputStream in = RoutineFile.class.getResourceAsStream(BUNDLED)) {
            return read(in, "routines.json (bundled)");
        } catch (IOException | RoutineFileException e) {
            throw new IllegalStateException("the bundled routines are broken: " + e.getMessage(), e);
        }
    }

    /** Reads and checks the routines in {@code file}. */
    public static List<Routine> read(Path file) throws RoutineFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new RoutineFileException(file + ": no such file", e);
        } catch (IOException e) {
            throw new RoutineFileException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads and checks routines.
     *
     * @param source the file's name, for messages
     */
    public static List<Routine> read(InputStream in, String source) throws RoutineFileException {
        FileJson file;
        try {
            file = JSON.readValue(in, FileJson.class);
        } catch (JsonMappingException e) {
            throw new RoutineFileException(source + where(e.getLocation()) + fieldPath(e) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("not a routine file"), e);
        } catch (JsonProcessingException e) {
            throw new RoutineFileException(source + where(e.getLocation()) + ": not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new RoutineFileException(source + ": cannot be read: " + e.getMessage(), e);
        }
        return new Checker(source).check(file);
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : ": line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : ": " + path;
    }

    /** The checks a JSON shape cannot express, each naming the field. */
    private static final class Checker {

        private final String source;

        Checker(String source) {
            this.source = source;
        }

        List<Routine> check(FileJson file) throws RoutineFileException {
            if (file == null) {
                throw problem("", "the file is empty");
            }
            if (file.format() != FORMAT) {
                throw problem("format", "is " + file.format() + "; this version reads format " + FORMAT);
            }
            require(file.routines() != null && !file.routines().isEmpty(), "routines", "must list at least one routine");
            List<Routine> routines = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int r = 0; r < file.routines().size(); r++) {
                String at = "routines[" + r + "]";
                RoutineJson routine = file.routines().get(r);
                requireId(routine.id(), at + ".id");
                require(ids.add(routine.id()), at + ".id", "'" + routine.id() + "' is used twice");
                requireText(routine.name(), at + ".name", 60);
                require(routine.steps() != null && !routine.steps().isEmpty(), at + ".steps", "must list at least one step");
                List<RoutineStep> steps = new ArrayList<>();
                Set<String> stepIds = new HashSet<>();
                for (int s = 0; s < routine.steps().size(); s++) {
                    RoutineStep step = step(routine.steps().get(s), at + ".steps[" + s + "]");
                    require(stepIds.add(step.id()), at + ".steps[" + s + "].id", "'" + step.id() + "' is used twice");
                    steps.add(step);
                }
                require(steps.stream().anyMatch(step -> step.requires().isEmpty()), at + ".steps",
                        "must have at least one step that needs no equipment");
                routines.add(new Routine(routine.id(), routine.name(), steps));
            }
            return routines;
        }

        private RoutineStep step(StepJson step, String at) throws RoutineFileException {
            requireId(step.id(), at + ".id");
            requireText(step.title(), at + ".title", 60);
            require(step.guidance() != null && !step.guidance().isEmpty() && step.guidance().size() <= 3,
                    at + ".guidance", "must have one to three lines");
            for (int line = 0; line < step.guidance().size(); line++) {
                requireText(step.guidance().get(line), at + ".guidance[" + line + "]", 120);
            }
            int seconds = within(step.seconds(), at + ".seconds", 5, 600);
            if (step.requires() != null) {
                require(EQUIPMENT.contains(step.requires()), at + ".requires",
                        "'" + step.requires() + "' is not equipment Unhunch knows; use one of " + sorted(EQUIPMENT));
            }
            return new RoutineStep(step.id(), step.title(), step.guidance(), Duration.ofSeconds(seconds),
                    pacer(step, at), Optional.ofNullable(step.requires()));
        }

        private Pacer pacer(StepJson step, String at) throws RoutineFileException {
            String type = step.pacer() == null ? "none" : step.pacer();
            return switch (type) {
                case "breathing" -> new Pacer.Breathing(
                        Duration.ofSeconds(within(step.inhaleSeconds(), at + ".inhaleSeconds", 1, 15)),
                        Duration.ofSeconds(within(step.exhaleSeconds(), at + ".exhaleSeconds", 1, 15)),
                        step.inhaleWord() == null ? "Breathe in" : text(step.inhaleWord(), at + ".inhaleWord"),
                        step.exhaleWord() == null ? "Breathe out" : text(step.exhaleWord(), at + ".exhaleWord"));
                case "rotation" -> new Pacer.Rotation(
                        Duration.ofSeconds(within(step.secondsPerSide(), at + ".secondsPerSide", 1, 30)));
                case "hold" -> new Pacer.Hold();
                case "none" -> new Pacer.None();
                default -> throw problem(at + ".pacer",
                        "'" + type + "' is not a pacer; use breathing, rotation, hold or none");
            };
        }

        private String text(String value, String field) throws RoutineFileException {
            requireText(value, field, 30);
            return value;
        }

        private int within(Integer value, String field, int min, int max) throws RoutineFileException {
            require(value != null, field, "is missing; a number from " + min + " to " + max);
            require(value >= min && value <= max, field, value + " is out of range; allowed " + min + " to " + max);
            return value;
        }

        private void requireId(String id, String field) throws RoutineFileException {
            require(id != null && ID.matcher(id).matches(), field,
                    (id == null ? "is missing" : "'" + id + "' is not an id") + "; use lower-case letters, digits and -");
        }

        private void requireText(String text, String field, int maxLength) throws RoutineFileException {
            require(text != null && !text.isBlank(), field, "is missing or blank");
            require(text.length() <= maxLength, field, "is longer than " + maxLength + " characters");
        }

        private void require(boolean condition, String field, String message) throws RoutineFileException {
            if (!condition) {
                throw problem(field, message);
            }
        }

        private RoutineFileException problem(String field, String message) {
            return new RoutineFileException(source + (field.isEmpty() ? "" : ": " + field) + ": " + message);
        }

        private static String sorted(Set<String> values) {
            return values.stream().sorted().collect(Collectors.joining(", "));
        }
    }
}
