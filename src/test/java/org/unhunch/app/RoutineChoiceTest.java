package org.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.settings.Layer;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore.Resolved;
import org.unhunch.testing.LogCapture;

class RoutineChoiceTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final LogCapture said = new LogCapture(RoutineChoice.class);

    @Test
    void by_default_the_mid_back_reset_and_by_id_the_quick_reset() {
        assertThat(RoutineChoice.choose(null, null).id()).isEqualTo("mid-back-reset");
        assertThat(RoutineChoice.choose(null, "quick-reset").id()).isEqualTo("quick-reset");
        assertThat(said.events()).isEmpty();
    }

    @Test
    void a_routine_file_of_its_own_is_used() throws Exception {
        Path file = standUpFile();
        assertThat(RoutineChoice.choose(file, null).id()).isEqualTo("stand-up");
    }

    @Test
    void the_settings_name_the_routine_and_with_a_file_of_its_own_and_no_id_set_its_first_routine_without_a_word()
            throws Exception {
        Map<Setting, Resolved> values =
                new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, new Resolved(setting, setting.defaultValue(),
                    Layer.BUILT_IN));
        }
        values.put(Setting.EQUIPMENT_FOAM_ROLLER, new Resolved(
                Setting.EQUIPMENT_FOAM_ROLLER, "true", Layer.USER));
        RoutineChoice.Plan plan = RoutineChoice.plan(null, null, values);
        assertThat(plan.routine().id()).isEqualTo("mid-back-reset");
        assertThat(plan.steps()).as("the foam-roller step added").hasSize(plan.routine().steps().size());

        Path file = standUpFile();
        values.put(Setting.ROUTINE_FILE, new Resolved(
                Setting.ROUTINE_FILE, file.toString(), Layer.ORGANISATION_LOCK));
        assertThat(RoutineChoice.plan(null, null, values).routine().id()).isEqualTo("stand-up");
        assertThat(said.events()).isEmpty();
    }

    @Test
    void a_bundled_routine_named_by_id_is_found_though_a_file_of_its_own_lacks_it() throws Exception {
        Path file = standUpFile();
        assertThat(RoutineChoice.choose(file, "quick-reset").id()).as("an organisation's locked routine.id")
                .isEqualTo("quick-reset");
        assertThat(said.events()).isEmpty();
    }

    @Test
    void a_bad_file_is_reported_naming_the_file_and_field_and_the_bundled_routine_is_used() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\":1,\"routines\":[{\"id\":\"x\",\"name\":\"X\",\"steps\":[]}]}");
        assertThat(RoutineChoice.choose(file, null).id()).isEqualTo("mid-back-reset");
        assertThat(said.events()).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains(file.toString()).contains("routines[0].steps").contains("Using the bundled Mid-back reset");
    }

    @Test
    void a_missing_file_or_an_unknown_id_is_said_once_and_the_default_is_used() {
        assertThat(RoutineChoice.choose(dir.resolve("nowhere.json"), null).id()).isEqualTo("mid-back-reset");
        assertThat(RoutineChoice.choose(null, "yoga").id()).isEqualTo("mid-back-reset");
        assertThat(said.events()).extracting(ILoggingEvent::getFormattedMessage)
                .satisfiesExactly(
                        first -> assertThat(first).contains("nowhere.json: no such file"),
                        second -> assertThat(second).contains("There is no routine 'yoga'"));
    }

    /** A routine file of the organisation's own with one routine, "stand-up". */
    private Path standUpFile() throws IOException {
        return Files.writeString(dir.resolve("ours.json"), "{\"format\":1,\"routines\":[{\"id\":\"stand-up\","
                + "\"name\":\"Stand up\",\"steps\":[{\"id\":\"stand\",\"title\":\"Stand up\","
                + "\"guidance\":[\"Stand and walk a little.\"],\"seconds\":60}]}]}");
    }
}
