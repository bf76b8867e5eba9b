package org.unhunch.routine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a routine file's JSON tree into routines, strictly: every field has exactly its JSON type
 * ({@code "20"}, {@code 20.5} and {@code 2e1} are not 20), null is never a value, a field Unhunch
 * does not read is refused, and the file is bounded (routines, steps, minutes, characters). Every
 * problem names the file and the field.
 */
final class RoutineChecker {

    static final int FORMAT = 1;
    static final int MAX_ROUTINES = 20;
    static final int MAX_STEPS = 50;
    static final Duration MAX_ROUTINE = Duration.ofMinutes(30);
    static final int MAX_NAME = 60;
    static final int MAX_TITLE = 60;
    static final int MAX_GUIDANCE_LINES = 3;
    static final int MAX_GUIDANCE_LINE = 120;
    static final int MAX_WORD = 30;

    private static final Pattern ID = Pattern.compile(Routine.ID_SYNTAX);
    private static final String ID_RULE = "lower-case letters, digits and -, at most 40";
    private static final List<String> FILE_FIELDS = List.of("format", "routines");
    private static final List<String> ROUTINE_FIELDS = List.of("id", "name", "steps");
    private static final List<String> STEP_FIELDS = List.of("id", "title", "guidance", "seconds", "pacer",
            "inhaleSeconds", "exhaleSeconds", "inhaleWord", "exhaleWord", "secondsPerSide", "requires", "motion");
    /** The fields of each pacer; on a step with another pacer they would do nothing, so they are refused. */
    private static final Map<String, List<String>> PACER_FIELDS = pacerFields();
    private static final String MOTIONS = String.join(", ",
            Arrays.stream(Motion.values()).map(Motion::id).toList());

    private final String source;
    private final List<String> notes = new ArrayList<>();

    RoutineChecker(String source) {
        this.source = source;
    }

    /** What {@link #check} passed over without refusing the file, each naming the file and the field. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    private static Map<String, List<String>> pacerFields() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("breathing", List.of("inhaleSeconds", "exhaleSeconds", "inhaleWord", "exhaleWord"));
        fields.put("rotation", List.of("secondsPerSide"));
        fields.put("hold", List.of());
        fields.put("none", List.of());
        return fields;
    }

    List<Routine> check(JsonNode file) throws RoutineFileException {
        if (file.isMissingNode()) {
            throw problem("", "the file is empty");
        }
        if (!file.isObject()) {
            throw problem("", "must be a JSON object {\"format\": 1, \"routines\": [...]}, not " + kind(file));
        }
        JsonNode format = required(file, "", "format", "the whole number " + FORMAT);
        if (!format.isIntegralNumber()) {
            throw problem("format", "must be the whole number " + FORMAT + ", not " + kind(format));
        }
        if (!format.canConvertToInt() || format.intValue() != FORMAT) {
            throw problem("format", "is " + RoutineText.shortened(format.asText())
                    + "; this version reads format " + FORMAT);
        }
        onlyFields(file, "", FILE_FIELDS, "the file");
        JsonNode list = list(file, "", "routines", MAX_ROUTINES, "routine", "routines", "a file");
        List<Routine> routines = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int r = 0; r < list.size(); r++) {
            String at = "routines[" + r + "]";
            Routine routine = routine(list.get(r), at);
            require(ids.add(routine.id()), at + ".id", RoutineText.quoted(routine.id()) + " is used twice");
            routines.add(routine);
        }
        return routines;
    }

    private Routine routine(JsonNode routine, String at) throws RoutineFileException {
        object(routine, at, "a routine {\"id\": ..., \"name\": ..., \"steps\": [...]}");
        onlyFields(routine, at, ROUTINE_FIELDS, "a routine");
        String id = id(routine, at);
        String name = text(required(routine, at, "name", textOf(MAX_NAME)), field(at, "name"), MAX_NAME);
        JsonNode list = list(routine, at, "steps", MAX_STEPS, "step", "steps", "a routine");
        List<RoutineStep> steps = new ArrayList<>();
        Set<String> stepIds = new HashSet<>();
        Duration total = Duration.ZERO;
        for (int s = 0; s < list.size(); s++) {
            RoutineStep step = step(list.get(s), at + ".steps[" + s + "]");
            require(stepIds.add(step.id()), at + ".steps[" + s + "].id",
                    RoutineText.quoted(step.id()) + " is used twice");
            steps.add(step);
            total = total.plus(step.duration());
        }
        require(total.compareTo(MAX_ROUTINE) <= 0, at + ".steps", "add up to " + minutesAndSeconds(total)
                + "; a routine lasts at most " + MAX_ROUTINE.toMinutes() + " minutes");
        require(steps.stream().anyMatch(step -> step.requires().isEmpty()), at + ".steps",
                "must have at least one step that needs no equipment");
        return new Routine(id, name, steps);
    }

    private RoutineStep step(JsonNode step, String at) throws RoutineFileException {
        object(step, at, "a step {\"id\": ..., \"title\": ..., \"guidance\": [...], \"seconds\": ...}");
        onlyFields(step, at, STEP_FIELDS, "a step");
        String id = id(step, at);
        String title = text(required(step, at, "title", textOf(MAX_TITLE)), field(at, "title"), MAX_TITLE);
        JsonNode lines = list(step, at, "guidance", MAX_GUIDANCE_LINES, "line", "lines", "a step");
        List<String> guidance = new ArrayList<>();
        for (int line = 0; line < lines.size(); line++) {
            guidance.add(text(lines.get(line), at + ".guidance[" + line + "]", MAX_GUIDANCE_LINE));
        }
        Duration duration = seconds(step, at, "seconds", 5, 600);
        Optional<String> requires = Optional.empty();
        JsonNode equipment = optional(step, at, "requires", "one of " + sorted(RoutineFile.EQUIPMENT));
        if (equipment != null) {
            requires = Optional.of(choice(equipment, field(at, "requires"), RoutineFile.EQUIPMENT,
                    "is not equipment Unhunch knows; use one of " + sorted(RoutineFile.EQUIPMENT)));
        }
        return new RoutineStep(id, title, guidance, duration, pacer(step, at), requires, motion(step, at));
    }

    /**
     * The step's motion. One this version does not know (a file written for a later one, or a typo)
     * is noted, naming the file and the field, and the step shows the pacer alone; a motion that is
     * not text at all is refused like any other wrong type.
     */
    private Optional<Motion> motion(JsonNode step, String at) throws RoutineFileException {
        JsonNode motion = optional(step, at, "motion", "one of " + MOTIONS);
        if (motion == null) {
            return Optional.empty();
        }
        String field = field(at, "motion");
        require(motion.isTextual(), field, "must be one of " + MOTIONS + " as text, not " + kind(motion));
        Optional<Motion> known = Motion.byId(motion.textValue());
        if (known.isEmpty()) {
            notes.add(source + ": " + field + ": " + RoutineText.quoted(motion.textValue())
                    + " is not a motion Unhunch knows (" + MOTIONS + "); the step shows the pacer alone");
        }
        return known;
    }

    private Pacer pacer(JsonNode step, String at) throws RoutineFileException {
        JsonNode named = optional(step, at, "pacer", "one of " + String.join(", ", PACER_FIELDS.keySet()));
        String type = named == null ? "none" : choice(named, field(at, "pacer"), PACER_FIELDS.keySet(),
                "is not a pacer; use breathing, rotation, hold or none");
        for (Map.Entry<String, List<String>> pacer : PACER_FIELDS.entrySet()) {
            for (String own : pacer.getValue()) {
                require(!step.has(own) || pacer.getKey().equals(type), field(at, own),
                        "is only for the " + pacer.getKey() + " pacer; this step's pacer is " + type);
            }
        }
        return switch (type) {
            case "breathing" -> new Pacer.Breathing(seconds(step, at, "inhaleSeconds", 1, 15),
                    seconds(step, at, "exhaleSeconds", 1, 15),
                    word(step, at, "inhaleWord", "Breathe in"), word(step, at, "exhaleWord", "Breathe out"));
            case "rotation" -> new Pacer.Rotation(seconds(step, at, "secondsPerSide", 1, 30));
            case "hold" -> new Pacer.Hold();
            default -> new Pacer.None();
        };
    }

    private String word(JsonNode step, String at, String name, String otherwise) throws RoutineFileException {
        JsonNode word = optional(step, at, name, textOf(MAX_WORD));
        return word == null ? otherwise : text(word, field(at, name), MAX_WORD);
    }

    private String id(JsonNode parent, String at) throws RoutineFileException {
        String field = field(at, "id");
        JsonNode id = required(parent, at, "id", "an id (" + ID_RULE + ")");
        require(id.isTextual(), field, "must be text, an id (" + ID_RULE + "), not " + kind(id));
        require(ID.matcher(id.textValue()).matches(), field,
                RoutineText.quoted(id.textValue()) + " is not an id; use " + ID_RULE);
        return id.textValue();
    }

    private String text(JsonNode value, String field, int maxCharacters) throws RoutineFileException {
        require(value.isTextual(), field, "must be " + textOf(maxCharacters) + ", not " + kind(value));
        Optional<String> problem = RoutineText.problem(value.textValue(), maxCharacters);
        if (problem.isPresent()) {
            throw problem(field, problem.get());
        }
        return value.textValue();
    }

    private String choice(JsonNode value, String field, Set<String> choices, String otherwise)
            throws RoutineFileException {
        require(value.isTextual(), field, "must be one of " + choices.stream().sorted().map(RoutineText::quoted)
                .collect(Collectors.joining(", ")) + ", not " + kind(value));
        require(choices.contains(value.textValue()), field, RoutineText.quoted(value.textValue()) + " " + otherwise);
        return value.textValue();
    }

    private Duration seconds(JsonNode parent, String at, String name, int min, int max) throws RoutineFileException {
        String field = field(at, name);
        String expected = "a whole number from " + min + " to " + max;
        JsonNode value = required(parent, at, name, expected);
        require(value.isIntegralNumber(), field, "must be " + expected + ", not " + kind(value));
        require(value.canConvertToInt() && value.intValue() >= min && value.intValue() <= max, field,
                RoutineText.shortened(value.asText()) + " is out of range; allowed " + min + " to " + max);
        return Duration.ofSeconds(value.intValue());
    }

    private JsonNode list(JsonNode parent, String at, String name, int max, String one, String many, String holder)
            throws RoutineFileException {
        String field = field(at, name);
        JsonNode list = required(parent, at, name, "a list of " + many);
        require(list.isArray(), field, "must be a list of " + many + " [...], not " + kind(list));
        require(!list.isEmpty(), field, "must list at least one " + one);
        require(list.size() <= max, field, "lists " + list.size() + " " + many + "; " + holder + " has at most " + max);
        return list;
    }

    private void object(JsonNode value, String at, String expected) throws RoutineFileException {
        require(value.isObject(), at, "must be " + expected + ", not " + kind(value));
    }

    private JsonNode required(JsonNode parent, String at, String name, String expected) throws RoutineFileException {
        JsonNode value = parent.get(name);
        require(value != null, field(at, name), "is missing; give " + expected);
        require(!value.isNull(), field(at, name), "is null; give " + expected);
        return value;
    }

    /** The field's value, or null if the field is left out (a JSON null is refused, not taken as left out). */
    private JsonNode optional(JsonNode parent, String at, String name, String expected) throws RoutineFileException {
        JsonNode value = parent.get(name);
        require(value == null || !value.isNull(), field(at, name),
                "is null; give " + expected + " or leave the field out");
        return value;
    }

    private void onlyFields(JsonNode object, String at, List<String> fields, String what) throws RoutineFileException {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            require(fields.contains(name), at, RoutineText.quoted(name) + " is not a field of " + what
                    + "; its fields are " + String.join(", ", fields));
        }
    }

    private void require(boolean condition, String field, String message) throws RoutineFileException {
        if (!condition) {
            throw problem(field, message);
        }
    }

    private RoutineFileException problem(String field, String message) {
        return new RoutineFileException(source + (field.isEmpty() ? "" : ": " + field) + ": " + message);
    }

    private static String field(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    private static String textOf(int maxCharacters) {
        return "text of up to " + maxCharacters + " characters";
    }

    /** What a JSON value is, in a person's words. */
    private static String kind(JsonNode value) {
        if (value.isNull()) {
            return "null";
        } else if (value.isTextual()) {
            return "text";
        } else if (value.isBoolean()) {
            return value.asText();
        } else if (value.isIntegralNumber()) {
            return "the number " + RoutineText.shortened(value.asText());
        } else if (value.isNumber()) {
            return "a number with a fraction or an exponent (" + RoutineText.shortened(value.asText()) + ")";
        } else if (value.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String minutesAndSeconds(Duration duration) {
        int seconds = duration.toSecondsPart();
        return duration.toMinutes() + " min" + (seconds == 0 ? "" : " " + seconds + " s");
    }

    private static String sorted(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(", "));
    }
}
