package org.unhunch.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutineFileTest {

    private static List<Routine> read(String json) throws RoutineFileException {
        return RoutineFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "it.json");
    }

    private static String withStep(String stepFields) {
        return "{\"format\":1,\"routines\":[{\"id\":\"r\",\"name\":\"R\",\"steps\":[{\"id\":\"s\",\"title\":\"S\","
                + "\"guidance\":[\"Do it.\"]," + stepFields + "}]}]}";
    }

    @Test
    void the_bundled_mid_back_reset_is_the_routine_of_the_design() {
        Routine reset = RoutineFile.bundled().get(0);
        assertThat(reset.id()).isEqualTo("mid-back-reset");
        assertThat(reset.stepsFor(Set.of())).extracting(RoutineStep::id).containsExactly(
                "neutral-spine", "thoracic-rotation", "band-stretch", "cat-cow", "thoracic-extension",
                "diaphragmatic-breathing");
        assertThat(reset.stepsFor(Set.of())).extracting(step -> step.duration().toSeconds())
                .containsExactly(20L, 60L, 30L, 60L, 40L, 60L);
        assertThat(reset.durationFor(Set.of())).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
        assertThat(reset.stepsFor(Set.of("foamRoller"))).extracting(RoutineStep::id)
                .as("the foam roller comes before the extension hold")
                .containsSubsequence("foam-roller", "cat-cow", "thoracic-extension");
        assertThat(reset.stepsFor(Set.of())).allSatisfy(step -> assertThat(step.guidance()).hasSizeBetween(1, 3));
    }

    @Test
    void the_bundled_quick_reset_takes_about_two_minutes() {
        Routine quick = RoutineFile.bundled().get(1);
        assertThat(quick.id()).isEqualTo("quick-reset");
        assertThat(quick.durationFor(Set.of())).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void every_pacer_kind_is_read() throws Exception {
        assertThat(read(withStep("\"seconds\":30,\"pacer\":\"breathing\",\"inhaleSeconds\":4,\"exhaleSeconds\":6"))
                .get(0).steps().get(0).pacer())
                .isEqualTo(new Pacer.Breathing(Duration.ofSeconds(4), Duration.ofSeconds(6), "Breathe in", "Breathe out"));
        assertThat(read(withStep("\"seconds\":30,\"pacer\":\"rotation\",\"secondsPerSide\":5")).get(0).steps().get(0).pacer())
                .isEqualTo(new Pacer.Rotation(Duration.ofSeconds(5)));
        assertThat(read(withStep("\"seconds\":30,\"pacer\":\"hold\"")).get(0).steps().get(0).pacer())
                .isEqualTo(new Pacer.Hold());
        assertThat(read(withStep("\"seconds\":30")).get(0).steps().get(0).pacer()).isEqualTo(new Pacer.None());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "seconds too long      | \"seconds\":700                        | it.json: routines[0].steps[0].seconds: 700 is out of range; allowed 5 to 600",
        "seconds missing       | \"pacer\":\"hold\"                     | it.json: routines[0].steps[0].seconds: is missing",
        "unknown pacer         | \"seconds\":30,\"pacer\":\"spin\"      | it.json: routines[0].steps[0].pacer: 'spin' is not a pacer",
        "breathing w/o timing  | \"seconds\":30,\"pacer\":\"breathing\" | it.json: routines[0].steps[0].inhaleSeconds: is missing",
        "unknown equipment     | \"seconds\":30,\"requires\":\"yoga mat\" | it.json: routines[0].steps[0].requires: 'yoga mat' is not equipment",
        "unknown field         | \"seconds\":30,\"colour\":\"red\"      | it.json: routines[0].steps[0]: 'colour' is not a field of a step",
        "wrong type            | \"seconds\":\"long\"                   | routines[0].steps[0].seconds",
        "only equipment steps  | \"seconds\":30,\"requires\":\"band\"  | it.json: routines[0].steps: must have at least one step that needs no equipment",
        "motion not text       | \"seconds\":30,\"motion\":3           | it.json: routines[0].steps[0].motion: must be one of neutral-spine, rotation",
        "motion null           | \"seconds\":30,\"motion\":null        | it.json: routines[0].steps[0].motion: is null",
    })
    void a_bad_step_is_refused_naming_the_file_and_the_field(String what, String fields, String message) {
        assertThatThrownBy(() -> read(withStep(fields))).as(what)
                .isInstanceOf(RoutineFileException.class).hasMessageContaining(message);
    }

    @Test
    void every_bundled_step_has_a_motion() {
        assertThat(RoutineFile.bundled()).flatExtracting(Routine::steps)
                .allSatisfy(step -> assertThat(step.motion()).as(step.id()).isPresent());
        assertThat(RoutineFile.bundled().get(0).steps()).extracting(step -> step.motion().orElseThrow())
                .contains(Motion.CAT_COW, Motion.ROTATION, Motion.THORACIC_EXTENSION, Motion.FOAM_ROLLER);
    }

    @Test
    void a_step_names_its_motion_or_has_none() throws Exception {
        assertThat(read(withStep("\"seconds\":30,\"motion\":\"cat-cow\"")).get(0).steps().get(0).motion())
                .contains(Motion.CAT_COW);
        assertThat(read(withStep("\"seconds\":30")).get(0).steps().get(0).motion()).isEmpty();
    }

    @Test
    void an_unknown_motion_is_noted_with_the_file_and_the_field_and_the_step_shows_the_pacer_alone()
            throws Exception {
        RoutineFile.Checked checked = RoutineFile.readChecked(new ByteArrayInputStream(
                withStep("\"seconds\":30,\"motion\":\"headstand\"").getBytes(StandardCharsets.UTF_8)), "it.json");
        assertThat(checked.routines().get(0).steps().get(0).motion()).isEmpty();
        assertThat(checked.notes()).singleElement().asString()
                .startsWith("it.json: routines[0].steps[0].motion: 'headstand' is not a motion Unhunch knows")
                .contains("cat-cow").endsWith("the step shows the pacer alone");
        assertThat(RoutineFile.readChecked(new ByteArrayInputStream(
                withStep("\"seconds\":30,\"motion\":\"rotation\"").getBytes(StandardCharsets.UTF_8)), "it.json")
                .notes()).isEmpty();
    }

    @Test
    void broken_json_is_refused_with_its_line() {
        assertThatThrownBy(() -> read("{\"format\":1,\n\"routines\": [\n{\"id\": \"x\",,}]}"))
                .isInstanceOf(RoutineFileException.class)
                .hasMessageStartingWith("it.json: line 3, column");
    }

    @Test
    void an_unknown_format_or_an_empty_file_is_refused() {
        assertThatThrownBy(() -> read("{\"format\":2,\"routines\":[]}")).hasMessage("it.json: format: is 2; this version reads format 1");
        assertThatThrownBy(() -> read("")).hasMessageStartingWith("it.json");
        assertThatThrownBy(() -> read("{\"format\":1,\"routines\":[]}")).hasMessageContaining("routines: must list at least one routine");
    }

    @Test
    void ids_are_unique() {
        String step = "{\"id\":\"s\",\"title\":\"S\",\"guidance\":[\"Do.\"],\"seconds\":10}";
        assertThatThrownBy(() -> read("{\"format\":1,\"routines\":[{\"id\":\"r\",\"name\":\"R\",\"steps\":[" + step + "," + step
                + "]}]}")).hasMessageContaining("routines[0].steps[1].id: 's' is used twice");
    }
}
