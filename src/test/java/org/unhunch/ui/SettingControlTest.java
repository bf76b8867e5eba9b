package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFormattedTextField;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.settings.Setting;

/** The settings dialog's controls: a stored value is shown without counting as an edit; an edit comes back stored. */
class SettingControlTest {

    private final List<String> edits = new ArrayList<>();

    private SettingControl control(Setting setting) {
        SettingControl control = SettingControl.forSetting(setting);
        control.onEdit(edits::add);
        return control;
    }

    @Test
    void a_duration_is_spun_in_minutes_or_seconds_and_stored_in_the_duration_syntax() {
        SettingControl sitLimit = control(Setting.SIT_LIMIT);
        sitLimit.show("1h30m");
        JSpinner spinner = (JSpinner) sitLimit.parts().get(0);
        assertThat(spinner.getValue()).isEqualTo(90.0);
        spinner.setValue(50.0);
        SettingControl timeout = control(Setting.PROMPT_TIMEOUT);
        timeout.show("2m");
        JSpinner minutes = (JSpinner) timeout.parts().get(0);
        assertThat(minutes.getValue()).isEqualTo(2.0);
        minutes.setValue(minutes.getNextValue());
        SettingControl pause = control(Setting.PROMPT_PAUSE);
        pause.show("3s");
        JSpinner seconds = (JSpinner) pause.parts().get(0);
        assertThat(seconds.getValue()).isEqualTo(3.0);
        seconds.setValue(seconds.getNextValue());
        assertThat(edits).containsExactly("50m", "2m30s", "4s");
    }

    @Test
    void every_duration_is_in_the_unit_of_its_scale_written_one_way() {
        assertThat(control(Setting.SIT_LIMIT).unit()).isEqualTo("min");
        assertThat(control(Setting.BREAK_GAP).unit()).isEqualTo("min");
        assertThat(control(Setting.ENGAGED_LIMIT).unit()).isEqualTo("min");
        assertThat(control(Setting.SNOOZE).unit()).isEqualTo("min");
        assertThat(control(Setting.PROMPT_MAX_WAIT).unit()).as("up to 10 minutes").isEqualTo("min");
        assertThat(control(Setting.PROMPT_TIMEOUT).unit()).as("up to 30 minutes").isEqualTo("min");
        assertThat(control(Setting.PROMPT_PAUSE).unit()).as("up to 30 seconds").isEqualTo("s");
        assertThat(control(Setting.RETENTION_DAYS).unit()).isEqualTo("days");
        assertThat(control(Setting.PROMPT_TIMEOUT).words("30s")).isEqualTo("0.5 min");
        assertThat(control(Setting.PROMPT_MAX_WAIT).words("60s")).isEqualTo("1 min");
        assertThat(control(Setting.SIT_LIMIT).words("1h30m")).isEqualTo("90 min");
    }

    @Test
    void a_stored_value_off_the_spinners_steps_is_shown_as_it_is_and_not_saved_over() {
        SettingControl maxWait = control(Setting.PROMPT_MAX_WAIT);
        maxWait.show("1m15s");
        assertThat(((JSpinner) maxWait.parts().get(0)).getValue()).isEqualTo(1.25);
        assertThat(edits).isEmpty();
    }

    @Test
    void typing_out_of_range_or_not_a_number_says_the_range_keeps_the_last_good_value_and_saves_nothing()
            throws Exception {
        SettingControl sitLimit = control(Setting.SIT_LIMIT);
        sitLimit.show("45m");
        JFormattedTextField field = (JFormattedTextField) sitLimit.focusTarget();
        JSpinner spinner = (JSpinner) sitLimit.parts().get(0);

        field.setText("5");
        assertThat(sitLimit.rangeHint()).isEqualTo("Between 10 and 180 min");
        assertThatThrownBy(field::commitEdit).isInstanceOf(ParseException.class);
        field.setText("abc");
        assertThat(sitLimit.rangeHint()).isEqualTo("Between 10 and 180 min");
        assertThatThrownBy(field::commitEdit).isInstanceOf(ParseException.class);
        field.setText("50x");
        assertThat(sitLimit.rangeHint()).as("a number with more after it").isEqualTo("Between 10 and 180 min");
        assertThat(spinner.getValue()).isEqualTo(45.0);
        assertThat(edits).isEmpty();

        field.setText("50");
        assertThat(sitLimit.rangeHint()).isEmpty();
        field.commitEdit();
        assertThat(edits).containsExactly("50m");
    }

    @Test
    void the_range_is_said_in_the_unit_of_the_control() {
        SettingControl pause = control(Setting.PROMPT_PAUSE);
        pause.show("3s");
        ((JFormattedTextField) pause.focusTarget()).setText("31");
        assertThat(pause.rangeHint()).isEqualTo("Between 0 and 30 s");
        SettingControl timeout = control(Setting.PROMPT_TIMEOUT);
        timeout.show("2m");
        ((JFormattedTextField) timeout.focusTarget()).setText("0.25");
        assertThat(timeout.rangeHint()).isEqualTo("Between 0.5 and 30 min");
        SettingControl retention = control(Setting.RETENTION_DAYS);
        retention.show("365");
        ((JFormattedTextField) retention.focusTarget()).setText("3");
        assertThat(retention.rangeHint()).isEqualTo("Between 7 and 3650 days");
        assertThat(edits).isEmpty();
    }

    @Test
    void the_routine_file_has_a_chooser_of_json_files_opening_in_the_current_files_folder(@TempDir Path folder)
            throws Exception {
        Path routines = Files.createDirectories(folder.resolve("routines"));
        JFileChooser chooser = SettingControl.PathField.chooser(routines.resolve("ours.json").toString());
        assertThat(chooser.getCurrentDirectory().toPath()).isEqualTo(routines);
        assertThat(chooser.getFileFilter().accept(new File("steps.json"))).isTrue();
        assertThat(chooser.getFileFilter().accept(new File("steps.txt"))).isFalse();

        SettingControl file = control(Setting.ROUTINE_FILE);
        assertThat(file.parts()).hasSize(2);
        assertThat(((JButton) file.parts().get(1)).getText()).isEqualTo("Choose\u2026");
        assertThat(file.focusTarget()).isInstanceOf(JTextField.class);
    }

    @Test
    void check_boxes_lists_and_weekdays_hand_back_stored_values() {
        SettingControl sounds = control(Setting.SOUNDS);
        sounds.show("true");
        ((JCheckBox) sounds.parts().get(0)).setSelected(false);
        SettingControl theme = control(Setting.THEME);
        theme.show("system");
        ((JComboBox<?>) theme.parts().get(0)).setSelectedIndex(2);
        SettingControl days = control(Setting.WORK_DAYS);
        days.show("mon,tue,wed,thu,fri");
        assertThat(days.parts()).hasSize(7);
        ((JCheckBox) days.parts().get(4)).setSelected(false);
        SettingControl end = control(Setting.WORK_END);
        end.show("24:00");
        assertThat(((JComboBox<?>) end.parts().get(0)).getSelectedItem()).isEqualTo("24:00");
        assertThat(edits).containsExactly("false", "dark", "mon,tue,wed,thu");
    }

    @Test
    void the_activity_source_is_offered_in_words_and_handed_back_as_its_value() {
        SettingControl source = control(Setting.ACTIVITY_SOURCE);
        source.show("auto");
        JComboBox<?> combo = (JComboBox<?>) source.parts().get(0);
        assertThat(combo.getSelectedItem()).isEqualTo("Automatic: the input hook, else idle time");
        assertThat(combo.getItemAt(2)).isEqualTo("The system's idle time (no hook)");
        combo.setSelectedIndex(2);
        combo.setSelectedIndex(1);
        assertThat(edits).containsExactly("idle-time", "hook");
    }

    @Test
    void retention_is_a_number_of_days() {
        SettingControl retention = control(Setting.RETENTION_DAYS);
        retention.show("180");
        JSpinner spinner = (JSpinner) retention.parts().get(0);
        assertThat(spinner.getValue()).isEqualTo(180.0);
        spinner.setValue(3650.0);
        assertThat(edits).containsExactly("3650");
    }

    @Test
    void the_last_working_day_cannot_be_unticked() {
        SettingControl days = control(Setting.WORK_DAYS);
        days.show("wed");
        JCheckBox wednesday = (JCheckBox) days.parts().get(2);
        wednesday.setSelected(false);
        assertThat(wednesday.isSelected()).isTrue();
        assertThat(edits).isEmpty();
    }
}
