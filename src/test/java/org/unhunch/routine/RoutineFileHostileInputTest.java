package org.unhunch.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9, findings 4 and 16: nulls and wrong JSON types anywhere, unbounded files and text that
 * is not printable are refused with a message naming the file and the field or line, never with
 * another exception and never coerced.
 */
class RoutineFileHostileInputTest {

    @TempDir
    Path dir;

    private static List<Routine> read(String json) throws RoutineFileException {
        return RoutineFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "it.json");
    }

    private static String file(String routines) {
        return "{\"format\":1,\"routines\":[" + routines + "]}";
    }

    private static String routine(String id, String steps) {
        return "{\"id\":\"" + id + "\",\"name\":\"R\",\"steps\":[" + steps + "]}";
    }

    private static String step(String id, String fields) {
        String guidance = fields.contains("\"guidance\"") ? "" : "\"guidance\":[\"Do it.\"],";
        return "{\"id\":\"" + id + "\",\"title\":\"S\"," + guidance + fields + "}";
    }

    private static String withStep(String fields) {
        return file(routine("r", step("s", fields)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "null routine          | {\"format\":1,\"routines\":[null]}                                | it.json: routines[0]: must be a routine",
        "null steps entry      | {\"format\":1,\"routines\":[{\"id\":\"r\",\"name\":\"R\",\"steps\":[null]}]} | it.json: routines[0].steps[0]: must be a step",
        "routine a number      | {\"format\":1,\"routines\":[7]}                                   | it.json: routines[0]: must be a routine",
        "routines an object    | {\"format\":1,\"routines\":{}}                                    | it.json: routines: must be a list",
        "routines null         | {\"format\":1,\"routines\":null}                                  | it.json: routines: is null",
        "file a list           | [1, 2]                                                            | it.json: must be a JSON object",
        "file null             | null                                                              | it.json: must be a JSON object",
        "file a string         | \"routines\"                                                      | it.json: must be a JSON object",
        "file only whitespace  | '   '                                                             | it.json: the file is empty",
        "steps text            | {\"format\":1,\"routines\":[{\"id\":\"r\",\"name\":\"R\",\"steps\":\"x\"}]} | it.json: routines[0].steps: must be a list",
        "id a number           | {\"format\":1,\"routines\":[{\"id\":5,\"name\":\"R\",\"steps\":[]}]} | it.json: routines[0].id: must be text",
        "name null             | {\"format\":1,\"routines\":[{\"id\":\"r\",\"name\":null,\"steps\":[]}]} | it.json: routines[0].name: is null",
    })
    void a_null_or_a_value_of_the_wrong_shape_anywhere_is_refused_naming_the_field(String what, String json,
                                                                                  String message) {
        assertThatThrownBy(() -> read(json)).as(what)
                .isInstanceOf(RoutineFileException.class).hasMessageStartingWith(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "guidance null line    | \"seconds\":30,\"guidance\":[null]           | routines[0].steps[0].guidance[0]: must be text",
        "guidance a text       | \"seconds\":30,\"guidance\":\"Do it.\"       | routines[0].steps[0].guidance: must be a list",
        "guidance a number     | \"seconds\":30,\"guidance\":[5]              | routines[0].steps[0].guidance[0]: must be text",
        "pacer null            | \"seconds\":30,\"pacer\":null                | routines[0].steps[0].pacer: is null",
        "requires null         | \"seconds\":30,\"requires\":null             | routines[0].steps[0].requires: is null",
        "requires a list       | \"seconds\":30,\"requires\":[\"band\"]       | routines[0].steps[0].requires: must be one of 'band', 'foamRoller', not a list",
        "seconds a fraction    | \"seconds\":20.5                             | routines[0].steps[0].seconds: must be a whole number",
        "seconds as text       | \"seconds\":\"20\"                           | routines[0].steps[0].seconds: must be a whole number from 5 to 600, not text",
        "seconds an exponent   | \"seconds\":2e1                              | routines[0].steps[0].seconds: must be a whole number",
        "seconds .0            | \"seconds\":20.0                             | routines[0].steps[0].seconds: must be a whole number",
        "seconds true          | \"seconds\":true                             | routines[0].steps[0].seconds: must be a whole number",
        "seconds huge          | \"seconds\":99999999999999999999999          | routines[0].steps[0].seconds: 99999999999999999999999 is out of range; allowed 5 to 600",
        "seconds long          | \"seconds\":4294967326                       | routines[0].steps[0].seconds: 4294967326 is out of range",
        "seconds negative      | \"seconds\":-30                              | routines[0].steps[0].seconds: -30 is out of range",
        "inhale as text        | \"seconds\":30,\"pacer\":\"breathing\",\"inhaleSeconds\":\"4\",\"exhaleSeconds\":4 | routines[0].steps[0].inhaleSeconds: must be a whole number",
        "inhale for a hold     | \"seconds\":30,\"pacer\":\"hold\",\"inhaleSeconds\":4 | routines[0].steps[0].inhaleSeconds: is only for the breathing pacer",
        "perSide w/o rotation  | \"seconds\":30,\"secondsPerSide\":5          | routines[0].steps[0].secondsPerSide: is only for the rotation pacer",
        "word not text         | \"seconds\":30,\"pacer\":\"breathing\",\"inhaleSeconds\":4,\"exhaleSeconds\":4,\"inhaleWord\":{} | routines[0].steps[0].inhaleWord: must be text",
        "unknown field         | \"seconds\":30,\"colour\":\"red\"            | routines[0].steps[0]: 'colour' is not a field of a step",
    })
    void a_step_field_of_the_wrong_type_is_refused_not_coerced(String what, String fields, String message) {
        assertThatThrownBy(() -> read(withStep(fields))).as(what)
                .isInstanceOf(RoutineFileException.class).hasMessageStartingWith("it.json: " + message);
    }

    @Test
    void the_format_is_the_whole_number_1() {
        assertThatThrownBy(() -> read("{\"format\":\"1\",\"routines\":[]}"))
                .hasMessageStartingWith("it.json: format: must be the whole number 1, not text");
        assertThatThrownBy(() -> read("{\"format\":1.0,\"routines\":[]}"))
                .hasMessageStartingWith("it.json: format: must be the whole number 1");
        assertThatThrownBy(() -> read("{\"routines\":[]}")).hasMessageStartingWith("it.json: format: is missing");
    }

    @Test
    void an_unknown_field_of_the_file_or_a_routine_is_refused() {
        assertThatThrownBy(() -> read("{\"format\":1,\"routines\":[],\"extra\":1}"))
                .hasMessageStartingWith("it.json: 'extra' is not a field of the file");
        assertThatThrownBy(() -> read(file("{\"id\":\"r\",\"name\":\"R\",\"steps\":[],\"colour\":1}")))
                .hasMessageStartingWith("it.json: routines[0]: 'colour' is not a field of a routine");
    }

    @Test
    void a_field_given_twice_is_refused_with_its_line() {
        assertThatThrownBy(() -> read("{\"format\":1,\n\"format\":1,\"routines\":[]}"))
                .hasMessageStartingWith("it.json: line 2, column").hasMessageContaining("format");
    }

    @Test
    void at_most_50_steps_in_a_routine() throws Exception {
        String steps = IntStream.range(0, 50).mapToObj(i -> step("s" + i, "\"seconds\":5"))
                .collect(Collectors.joining(","));
        assertThat(read(file(routine("r", steps))).get(0).steps()).hasSize(50);
        assertThatThrownBy(() -> read(file(routine("r", steps + "," + step("s50", "\"seconds\":5")))))
                .hasMessage("it.json: routines[0].steps: lists 51 steps; a routine has at most 50");
    }

    @Test
    void at_most_20_routines_in_a_file() throws Exception {
        String twenty = IntStream.range(0, 20).mapToObj(i -> routine("r" + i, step("s", "\"seconds\":5")))
                .collect(Collectors.joining(","));
        assertThat(read(file(twenty))).hasSize(20);
        assertThatThrownBy(() -> read(file(twenty + "," + routine("r20", step("s", "\"seconds\":5")))))
                .hasMessage("it.json: routines: lists 21 routines; a file has at most 20");
    }

    @Test
    void a_routine_lasts_at_most_30_minutes_with_every_step() throws Exception {
        String thirtyMinutes = IntStream.range(0, 3).mapToObj(i -> step("s" + i, "\"seconds\":600"))
                .collect(Collectors.joining(","));
        assertThat(read(file(routine("r", thirtyMinutes))).get(0).steps()).hasSize(3);
        String oneMore = thirtyMinutes + "," + step("band", "\"seconds\":5,\"requires\":\"band\"");
        assertThatThrownBy(() -> read(file(routine("r", oneMore))))
                .hasMessage("it.json: routines[0].steps: add up to 30 min 5 s; a routine lasts at most 30 minutes");
    }

    @Test
    void a_file_larger_than_one_mebibyte_is_refused_before_it_is_parsed() throws Exception {
        int mebibyte = 1_048_576;
        String valid = withStep("\"seconds\":30");
        Path file = dir.resolve("padded.json");
        Files.writeString(file, valid + " ".repeat(mebibyte - valid.length()));
        assertThat(RoutineFile.read(file)).hasSize(1);
        Files.writeString(file, valid + " ".repeat(mebibyte - valid.length() + 1));
        assertThatThrownBy(() -> RoutineFile.read(file))
                .hasMessage(file + ": is larger than 1 MiB (1048576 bytes); a routine file is a few kilobytes");
    }

    @Test
    void a_folder_or_a_device_is_not_a_routine_file() {
        assertThatThrownBy(() -> RoutineFile.read(dir)).hasMessage(dir + ": is not a regular file");
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            assertThatThrownBy(() -> RoutineFile.read(zero)).hasMessage("/dev/zero: is not a regular file");
        }
    }

    @Test
    void deep_nesting_is_refused_with_its_line() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> read(withStep("\"seconds\":30,\"guidance\":" + deep)))
                .isInstanceOf(RoutineFileException.class)
                .hasMessageStartingWith("it.json: line 1, column").hasMessageContaining("nested deeper than");
    }

    @Test
    void a_long_number_a_long_field_name_or_content_after_the_object_is_refused_with_its_line() {
        assertThatThrownBy(() -> read(withStep("\"seconds\":" + "9".repeat(150))))
                .hasMessageStartingWith("it.json: line 1, column").hasMessageEndingWith(
                        ": has a number longer than 100 characters");
        assertThatThrownBy(() -> read(withStep("\"seconds\":30,\"" + "n".repeat(100_000) + "\":1")))
                .hasMessageStartingWith("it.json: routines[0].steps[0]: 'nnnnn").message().hasSizeLessThan(300);
        assertThatThrownBy(() -> read(withStep("\"seconds\":30") + "\n{}"))
                .hasMessage("it.json: line 2, column 1: not valid JSON: more after the end of the routines' object");
    }

    @Test
    void text_lengths_count_characters_not_utf16_units() throws Exception {
        String sixtyEmoji = "\uD83E\uDDD8".repeat(60);
        assertThat(read(file("{\"id\":\"r\",\"name\":\"" + sixtyEmoji + "\",\"steps\":[" + step("s", "\"seconds\":30")
                + "]}")).get(0).name()).isEqualTo(sixtyEmoji);
        assertThatThrownBy(() -> read(file("{\"id\":\"r\",\"name\":\"" + sixtyEmoji + "x\",\"steps\":["
                + step("s", "\"seconds\":30") + "]}")))
                .hasMessage("it.json: routines[0].name: is 61 characters long; at most 60");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "escape                | Tilt\\u001b]0;owned\\u0007    | has a control character U+001B at character 5",
        "tab                   | Tilt\\tleft                  | has a control character U+0009",
        "C1 control            | Tilt\\u009bleft              | has a control character U+009B",
        "non-character FFFF    | Tilt\\uffff                  | has the non-character U+FFFF",
        "non-character FDD0    | \\ufdd0Tilt                  | has the non-character U+FDD0",
        "plane-1 non-character | Tilt\\ud83f\\udffe           | has the non-character U+1FFFE",
        "lone surrogate        | Tilt\\ud800                  | has an unpaired surrogate U+D800",
        "line separator        | Tilt\\u2028left              | has a line separator U+2028",
        "blank                 | '\\u00a0 \\u3000'            | is blank",
    })
    void text_must_be_printable(String what, String title, String message) {
        String json = file(routine("r",
                "{\"id\":\"s\",\"title\":\"" + title + "\",\"guidance\":[\"Do it.\"],\"seconds\":30}"));
        assertThatThrownBy(() -> read(json)).as(what)
                .hasMessageStartingWith("it.json: routines[0].steps[0].title: " + message);
    }

    @Test
    void html_in_text_is_kept_as_the_characters_it_is() throws Exception {
        String json = file(routine("r", "{\"id\":\"s\",\"title\":\"<html><img src=http://127.0.0.1:9/x>\","
                + "\"guidance\":[\"<b>Do</b> it.\"],\"seconds\":30}"));
        RoutineStep step = read(json).get(0).steps().get(0);
        assertThat(step.title()).isEqualTo("<html><img src=http://127.0.0.1:9/x>");
        assertThat(step.guidance()).containsExactly("<b>Do</b> it.");
    }

    @Test
    void a_message_quoting_the_file_escapes_control_characters_and_stays_short() {
        assertThatThrownBy(() -> read(withStep("\"seconds\":30,\"pacer\":\"spin\\u001b[2J\"")))
                .hasMessage("it.json: routines[0].steps[0].pacer: 'spin\\u001b[2J' is not a pacer;"
                        + " use breathing, rotation, hold or none");
        String longPacer = "x".repeat(100_000);
        assertThatThrownBy(() -> read(withStep("\"seconds\":30,\"pacer\":\"" + longPacer + "\"")))
                .message().hasSizeLessThan(200).contains("xxx…'");
        assertThatThrownBy(() -> RoutineFile.read(new ByteArrayInputStream("{\"format\":1,\u0007}".getBytes(
                StandardCharsets.UTF_8)), "bell\u001b.json"))
                .message().doesNotContain("\u0007").doesNotContain("\u001b").startsWith("bell\\u001b.json: line 1");
    }
}
