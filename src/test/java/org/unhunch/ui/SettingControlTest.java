package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JSpinner;
import org.junit.jupiter.api.Test;
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
        assertThat(spinner.getValue()).isEqualTo(90);
        spinner.setValue(50);
        SettingControl timeout = control(Setting.PROMPT_TIMEOUT);
        timeout.show("2m");
        JSpinner seconds = (JSpinner) timeout.parts().get(0);
        assertThat(seconds.getValue()).isEqualTo(120);
        seconds.setValue(seconds.getNextValue());
        assertThat(edits).containsExactly("50m", "2m5s");
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
        assertThat(spinner.getValue()).isEqualTo(180);
        spinner.setValue(3650);
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
