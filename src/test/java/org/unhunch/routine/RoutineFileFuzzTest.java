package org.unhunch.routine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The routine file parser, fuzzed (issue 9). The oracle for any input: a clear error (a
 * {@link RoutineFileException} naming the file and the field or line, printable and short) or
 * routines that keep every invariant; never another exception, never a hang. Inputs: random bytes,
 * random text, JSON-like character soup, the bundled file with its values mutated (fields dropped,
 * types swapped, nulls, huge numbers, deep nesting, long and unprintable strings, many copies), and
 * valid files generated up to the limits, which must read back as written.
 */
class RoutineFileFuzzTest {

    private static final String SOURCE = "fuzz.json";
    private static final Duration NO_HANG = Duration.ofSeconds(10);
    /** How a clear error begins: the file, then the line or the field (or a problem of the whole file). */
    private static final Pattern CLEAR = Pattern.compile("fuzz\\.json: (line \\d+, column \\d+: "
            + "|(format|routines)(\\[\\d+]|\\.\\w+)*: |'.*' is not a field of the file; |must be a JSON object "
            + "|the file is empty$|is larger than 1 MiB )");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode BUNDLED = bundledTree();
    /** One thread for every read, so a hang can be timed out (a thread per try cost more than the read). */
    private static final ExecutorService READER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "routine-file-fuzz");
        thread.setDaemon(true);
        return thread;
    });

    // ---- the oracle ----

    private static String outcome(byte[] input) {
        return withinTime(() -> {
            try {
                List<Routine> routines = RoutineFile.read(new ByteArrayInputStream(input), SOURCE);
                assertKeepTheInvariants(routines);
                return "accepted";
            } catch (RoutineFileException e) {
                assertIsClear(e.getMessage());
                return "refused";
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("neither a routine nor a clear error for " + preview(input), e);
            }
        });
    }

    /** Runs {@code read} on the reader thread; a hang fails the property instead of the build. */
    private static <T> T withinTime(Callable<T> read) {
        Future<T> result = READER.submit(read);
        try {
            return result.get(NO_HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError("no answer in " + NO_HANG.toSeconds() + " s: a hang");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError("neither a routine nor a clear error", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void assertIsClear(String message) {
        assertThat(CLEAR.matcher(message).lookingAt()).as("names the file and the field or line: %s", message).isTrue();
        assertThat(message).as("short").hasSizeLessThan(700);
        assertThat(printable(message, Integer.MAX_VALUE)).as("printable: %s", message).isTrue();
    }

    private static void assertKeepTheInvariants(List<Routine> routines) {
        assertThat(brokenInvariants(routines)).as("invariants broken").isEmpty();
    }

    /** What is wrong with routines read from a file (plain checks: AssertJ per step cost 100 ms a file). */
    private static List<String> brokenInvariants(List<Routine> routines) {
        List<String> broken = new ArrayList<>();
        check(broken, routines.size() >= 1 && routines.size() <= 20, "1 to 20 routines", routines.size());
        Set<String> routineIds = new HashSet<>();
        for (Routine routine : routines) {
            check(broken, routineIds.add(routine.id()) && ID.matcher(routine.id()).matches(), "routine id",
                    routine.id());
            check(broken, printable(routine.name(), 60), "name", routine.name());
            check(broken, routine.steps().size() >= 1 && routine.steps().size() <= 50, "1 to 50 steps", routine.id());
            Set<String> stepIds = new HashSet<>();
            Duration total = Duration.ZERO;
            for (RoutineStep step : routine.steps()) {
                check(broken, stepIds.add(step.id()) && ID.matcher(step.id()).matches(), "step id", step.id());
                check(broken, printable(step.title(), 60), "title", step.title());
                check(broken, step.guidance().size() >= 1 && step.guidance().size() <= 3
                        && step.guidance().stream().allMatch(line -> printable(line, 120)), "guidance",
                        step.guidance());
                check(broken, within(step.duration(), 5, 600), "seconds", step.duration());
                check(broken, step.requires().map(RoutineFile.EQUIPMENT::contains).orElse(true), "requires",
                        step.requires());
                check(broken, keepsItsPacer(step.pacer()), "pacer", step.pacer());
                total = total.plus(step.duration());
            }
            check(broken, total.compareTo(Duration.ofMinutes(30)) <= 0, "at most 30 minutes", total);
            List<RoutineStep> withoutEquipment = routine.stepsFor(Set.of());
            check(broken, !withoutEquipment.isEmpty(), "a step without equipment", routine.id());
            if (!withoutEquipment.isEmpty()) {
                double progress = new RoutineStepper(withoutEquipment, 0)
                        .pacerAt(routine.durationFor(Set.of()).toNanos() / 2).progress();
                check(broken, progress >= 0 && progress <= 1, "pacer progress", progress);
            }
        }
        return broken;
    }

    private static void check(List<String> broken, boolean holds, String invariant, Object value) {
        if (!holds) {
            broken.add(invariant + ": " + value);
        }
    }

    private static boolean within(Duration duration, int minSeconds, int maxSeconds) {
        return duration.compareTo(Duration.ofSeconds(minSeconds)) >= 0
                && duration.compareTo(Duration.ofSeconds(maxSeconds)) <= 0;
    }

    private static boolean keepsItsPacer(Pacer pacer) {
        if (pacer instanceof Pacer.Breathing breathing) {
            return within(breathing.inhale(), 1, 15) && within(breathing.exhale(), 1, 15)
                    && printable(breathing.inhaleWord(), 30) && printable(breathing.exhaleWord(), 30);
        } else if (pacer instanceof Pacer.Rotation rotation) {
            return within(rotation.perSide(), 1, 30);
        }
        return pacer instanceof Pacer.Hold || pacer instanceof Pacer.None;
    }

    /** Text a person can be shown: not blank, no control characters, separators, lone surrogates or non-characters. */
    private static boolean printable(String text, int maxCharacters) {
        int[] characters = text.codePoints().toArray();
        for (int c : characters) {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.SURROGATE || c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE) {
                return false;
            }
        }
        return characters.length <= maxCharacters && !text.strip().isEmpty();
    }

    // ---- the properties ----

    @Property(tries = 300)
    void random_bytes_give_a_clear_error(@ForAll("bytes") byte[] input) {
        assertThat(outcome(input)).isEqualTo("refused");
    }

    @Property(tries = 300)
    void json_like_soup_gives_a_clear_error_or_routines(@ForAll("soup") String input) {
        Statistics.label("outcome").collect(outcome(input.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 600)
    void the_bundled_file_mutated_gives_a_clear_error_or_routines(@ForAll("mutatedBundled") byte[] input) {
        Statistics.label("outcome").collect(outcome(input));
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("accepted").percentage(share -> share > 3);
            coverage.check("refused").percentage(share -> share > 50);
        });
    }

    @Property(tries = 40)
    void valid_files_up_to_the_limits_read_back_as_written(@ForAll("validFiles") List<Routine> written) {
        List<Routine> read = withinTime(() -> RoutineFile.read(
                new ByteArrayInputStream(write(written)), SOURCE));
        assertThat(read).isEqualTo(written);
        assertKeepTheInvariants(read);
    }

    // ---- random input ----

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
                Arbitraries.strings().ofMaxLength(300).map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200).map(tail -> concat(
                        "{\"format\":1,\"routines\":[{\"id\":\"".getBytes(StandardCharsets.UTF_8), tail)));
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.strings().withChars("{}[]\":,0123456789.eE+-truefalsnidxyz \n\\").ofMaxLength(200)
                .map(soup -> "{\"format\":1," + soup);
    }

    // ---- the bundled file, mutated ----

    /** NUDGE moves a number by up to 30 or lengthens a text: near the limits, often still valid. */
    private enum Operation { REMOVE, REPLACE, NUDGE, COPY, ADD_FIELD }

    /** One mutation: where (any node, as a share of the tree), what, and the value it puts there. */
    record Mutation(double where, Operation operation, Value value, int copies) {
    }

    /** A value put into the tree: a JSON node, or raw text that Jackson would not write (2e1, deep nesting). */
    record Value(JsonNode node, String raw) {
    }

    @Provide
    Arbitrary<byte[]> mutatedBundled() {
        Arbitrary<Operation> operation = Arbitraries.of(Operation.REMOVE, Operation.REMOVE, Operation.REPLACE,
                Operation.REPLACE, Operation.NUDGE, Operation.NUDGE, Operation.NUDGE, Operation.COPY,
                Operation.ADD_FIELD);
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.doubles().between(0, 1), operation, values(),
                Arbitraries.integers().between(1, 60)).as(Mutation::new);
        Arbitrary<Integer> count = Arbitraries.frequency(Tuple.of(4, 1), Tuple.of(2, 2), Tuple.of(1, 4));
        Arbitrary<Boolean> damaged = Arbitraries.of(false, false, false, false, true);
        return Combinators.combine(count.flatMap(n -> mutation.list().ofSize(n)), damaged,
                Arbitraries.integers().between(0, 10_000), Arbitraries.chars().all())
                .as((mutations, damage, at, inserted) -> {
                    String text = mutated(mutations);
                    if (damage) {
                        int cut = at % (text.length() + 1);
                        int end = Math.min(text.length(), cut + at % 3);
                        text = text.substring(0, cut) + inserted + text.substring(end);
                    }
                    return text.getBytes(StandardCharsets.UTF_8);
                });
    }

    private static Arbitrary<Value> values() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Arbitrary<Value> plain = Arbitraries.of(
                nodes.nullNode(), nodes.booleanNode(true), nodes.numberNode(0), nodes.numberNode(-1),
                nodes.numberNode(4), nodes.numberNode(20), nodes.numberNode(30), nodes.numberNode(601),
                nodes.numberNode(20.5), nodes.numberNode(Long.MAX_VALUE),
                nodes.textNode(""), nodes.textNode(" "), nodes.textNode("20"), nodes.textNode("1"),
                nodes.textNode("breathing"), nodes.textNode("rotation"), nodes.textNode("hold"), nodes.textNode("band"),
                nodes.textNode("foamRoller"), nodes.textNode("x"), nodes.textNode("thoracic-rotation"),
                nodes.textNode("Do it."), nodes.textNode("Roll up"),
                nodes.textNode("<html><img src=http://127.0.0.1:9/x>"), nodes.textNode("Tilt\u001b]0;owned\u0007"),
                nodes.textNode("\u00a0"), nodes.textNode("Tilt\uffff"), nodes.textNode("Tilt\u2028left"),
                nodes.textNode("\uD83E\uDDD8".repeat(60)), nodes.textNode("\uD83E\uDDD8".repeat(61)),
                nodes.textNode("x".repeat(10_000)), nodes.arrayNode(), nodes.objectNode(),
                nodes.arrayNode().add("Do it.").add("Then this.").add("And that.").add("One more."))
                .map(node -> new Value(node, null));
        Arbitrary<Value> raw = Arbitraries.oneOf(
                Arbitraries.of("2e1", "20.0", "1e400", "-0", "99999999999999999999999", "1" + "0".repeat(150),
                        "\"Tilt\\ud800\"", "\"\\u0000\"", "{\"a\":1,\"a\":2}"),
                Arbitraries.integers().between(5, 3000).map(depth -> "[".repeat(depth) + "]".repeat(depth)),
                Arbitraries.integers().between(5, 40).map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)))
                .map(text -> new Value(null, text));
        return Arbitraries.frequencyOf(Tuple.of(4, plain), Tuple.of(1, raw));
    }

    private static String mutated(List<Mutation> mutations) {
        JsonNode tree = BUNDLED.deepCopy();
        List<String> raws = new ArrayList<>();
        for (Mutation mutation : mutations) {
            List<Place> places = new ArrayList<>();
            collect(tree, places);
            if (places.isEmpty()) {
                break;
            }
            Place place = places.get((int) (mutation.where() * places.size()) % places.size());
            JsonNode value = mutation.value().node() == null ? null : mutation.value().node().deepCopy();
            if (value == null) {
                raws.add(mutation.value().raw());
                value = TextNode.valueOf("@@raw" + (raws.size() - 1) + "@@");
            }
            apply(place, mutation, value);
        }
        String text = tree.toString();
        for (int i = 0; i < raws.size(); i++) {
            text = text.replace("\"@@raw" + i + "@@\"", raws.get(i));
        }
        return text;
    }

    /** A node's place in the tree: its parent and its name or index. */
    record Place(JsonNode parent, String name, int index) {
    }

    private static void collect(JsonNode node, List<Place> places) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                places.add(new Place(object, name, -1));
                collect(object.get(name), places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                places.add(new Place(array, null, i));
                collect(array.get(i), places);
            }
        }
    }

    private static void apply(Place place, Mutation mutation, JsonNode value) {
        if (place.parent() instanceof ObjectNode object) {
            switch (mutation.operation()) {
                case REMOVE -> object.remove(place.name());
                case REPLACE -> object.set(place.name(), value);
                case NUDGE -> object.set(place.name(), nudged(object.get(place.name()), mutation.copies()));
                case COPY -> object.set(place.name() + "Copy", object.get(place.name()).deepCopy());
                case ADD_FIELD -> object.set("colour", value);
            }
        } else if (place.parent() instanceof ArrayNode array) {
            switch (mutation.operation()) {
                case REMOVE -> array.remove(place.index());
                case REPLACE -> array.set(place.index(), value);
                case NUDGE -> array.set(place.index(), nudged(array.get(place.index()), mutation.copies()));
                case COPY -> {
                    for (int i = 0; i < mutation.copies(); i++) {
                        array.insert(place.index(), array.get(place.index()).deepCopy());
                    }
                }
                case ADD_FIELD -> array.add(value);
            }
        }
    }

    /** @param by 1 to 60 */
    private static JsonNode nudged(JsonNode node, int by) {
        if (node.isInt()) {
            return JsonNodeFactory.instance.numberNode(node.intValue() + by - 30);
        }
        if (node.isTextual()) {
            String more = by % 2 == 0 ? "\uD83E\uDDD8".repeat(by) : "-" + by;
            return TextNode.valueOf(node.textValue() + more);
        }
        return node;
    }

    // ---- valid files up to the limits ----

    /**
     * A few routines of up to 50 steps, or 20 routines of a few steps (so that the file stays within
     * 1 MiB), often at the limits. Built from jqwik's random source directly: generating the nested
     * lists through combinators cost 100 ms a try.
     */
    @Provide
    Arbitrary<List<Routine>> validFiles() {
        return Arbitraries.randomValue(RoutineFileFuzzTest::validFile);
    }

    private static List<Routine> validFile(Random random) {
        boolean twenty = random.nextInt(4) == 0;
        List<Routine> routines = new ArrayList<>();
        for (int r = 0; r < (twenty ? 20 : 1 + random.nextInt(3)); r++) {
            int stepCount = twenty ? 1 + random.nextInt(5) : upTo(random, 50);
            List<RoutineStep> steps = new ArrayList<>();
            for (int s = 0; s < stepCount; s++) {
                List<String> guidance = new ArrayList<>();
                for (int line = 0; line < 1 + random.nextInt(3); line++) {
                    guidance.add(text(random, 120));
                }
                String equipment = s == 0 ? "" : List.of("", "", "band", "foamRoller").get(random.nextInt(4));
                steps.add(new RoutineStep("step-" + s, text(random, 60), guidance,
                        Duration.ofSeconds(4 + upTo(random, Math.min(600, 1800 / stepCount) - 4)), pacer(random),
                        equipment.isEmpty() ? Optional.empty() : Optional.of(equipment)));
            }
            routines.add(new Routine("r" + r, text(random, 60), steps));
        }
        return routines;
    }

    private static Pacer pacer(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> new Pacer.Breathing(Duration.ofSeconds(upTo(random, 15)), Duration.ofSeconds(upTo(random, 15)),
                    text(random, 30), text(random, 30));
            case 1 -> new Pacer.Rotation(Duration.ofSeconds(upTo(random, 30)));
            case 2 -> new Pacer.Hold();
            default -> new Pacer.None();
        };
    }

    /** 1 to {@code max}, {@code max} itself one time in four. */
    private static int upTo(Random random, int max) {
        return random.nextInt(4) == 0 ? max : 1 + random.nextInt(max);
    }

    /** Printable text of 1 to {@code max} characters: ASCII (with HTML and quotes), accents, CJK, emoji. */
    private static String text(Random random, int max) {
        int[] others = {'é', 'ß', 'ż', '中', 0x00A0, 0x200D, 0x1F9D8, 0x1F3FD};
        StringBuilder text = new StringBuilder().append((char) ('a' + random.nextInt(26)));
        for (int i = 1; i < upTo(random, max); i++) {
            boolean other = random.nextInt(5) == 0;
            text.appendCodePoint(other ? others[random.nextInt(others.length)] : ' ' + random.nextInt(95));
        }
        return text.toString();
    }

    private static byte[] write(List<Routine> routines) {
        ObjectNode file = JSON.createObjectNode().put("format", 1);
        ArrayNode list = file.putArray("routines");
        for (Routine routine : routines) {
            ObjectNode r = list.addObject().put("id", routine.id()).put("name", routine.name());
            ArrayNode steps = r.putArray("steps");
            for (RoutineStep step : routine.steps()) {
                ObjectNode s = steps.addObject().put("id", step.id()).put("title", step.title())
                        .put("seconds", step.duration().toSeconds());
                step.guidance().forEach(s.putArray("guidance")::add);
                step.requires().ifPresent(equipment -> s.put("requires", equipment));
                if (step.pacer() instanceof Pacer.Breathing breathing) {
                    s.put("pacer", "breathing").put("inhaleSeconds", breathing.inhale().toSeconds())
                            .put("exhaleSeconds", breathing.exhale().toSeconds())
                            .put("inhaleWord", breathing.inhaleWord()).put("exhaleWord", breathing.exhaleWord());
                } else if (step.pacer() instanceof Pacer.Rotation rotation) {
                    s.put("pacer", "rotation").put("secondsPerSide", rotation.perSide().toSeconds());
                } else if (step.pacer() instanceof Pacer.Hold) {
                    s.put("pacer", "hold");
                }
            }
        }
        return file.toPrettyString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode bundledTree() {
        try (InputStream in = RoutineFile.class.getResourceAsStream(RoutineFile.BUNDLED)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static String preview(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
