package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unhunch.testing.SettingValues.with;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import org.junit.jupiter.api.Test;
import org.unhunch.settings.Layer;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.settings.SettingsStore.Resolved;
import org.unhunch.testing.MemoryPreferences;

/** The settings dialog's tabs: what each control shows, and the note under it when another value is in force. */
class SettingsFormTest {

    private final SettingsStore store = new SettingsStore(new MemoryPreferences(), new MemoryPreferences(), note -> { });

    /** A run given {@code commandLine} on its command line, starting at login or not. */
    private static ThisRun run(Map<Setting, String> commandLine, boolean startsAtLogin) {
        return new ThisRun() {
            @Override
            public Map<Setting, String> fromCommandLine(Map<Setting, Resolved> stored) {
                return commandLine;
            }

            @Override
            public boolean startsAtLogin(Map<Setting, Resolved> stored) {
                return startsAtLogin;
            }
        };
    }


    @Test
    void a_value_given_on_the_command_line_is_said_under_the_stored_one() {
        SettingsForm form = new SettingsForm(store, run(Map.of(Setting.SIT_LIMIT, "30m"), true));

        form.show(store.all());

        assertThat(form.note(Setting.SIT_LIMIT)).isEqualTo(
                "This run uses 30 min (set on the command line); your change applies from the next start.");
        assertThat(((JSpinner) form.control(Setting.SIT_LIMIT).parts().get(0)).getValue()).as("the stored value")
                .isEqualTo(45.0);
        assertThat(form.control(Setting.SIT_LIMIT).parts().get(0).isEnabled()).isTrue();
        assertThat(form.control(Setting.SIT_LIMIT).parts().get(0).getAccessibleContext().getAccessibleDescription())
                .as("read out too").startsWith("This run uses 30 min");
        assertThat(form.note(Setting.BREAK_GAP)).isEmpty();
    }

    @Test
    void a_routine_given_on_the_command_line_is_named_in_words() {
        SettingsForm form = new SettingsForm(store, run(Map.of(Setting.ROUTINE_ID, "quick-reset"), true));

        form.show(store.all());

        assertThat(form.note(Setting.ROUTINE_ID)).startsWith("This run uses Quick reset (about 2 minutes) (set on");
    }

    @Test
    void a_locked_value_is_said_as_locked_as_before_and_its_control_is_disabled() {
        SettingsForm form = new SettingsForm(store, run(Map.of(Setting.SNOOZE, "5m"), true));

        form.show(with(store.all(), Setting.SNOOZE, "15m", Layer.ORGANISATION_LOCK));

        assertThat(form.note(Setting.SNOOZE)).isEqualTo("Set by your organisation");
        assertThat(form.control(Setting.SNOOZE).parts().get(0).isEnabled()).isFalse();
        assertThat(((JSpinner) form.control(Setting.SNOOZE).parts().get(0)).getValue()).isEqualTo(15.0);
    }

    @Test
    void the_note_goes_when_the_run_no_longer_differs() {
        Map<Setting, String> commandLine = new EnumMap<>(Map.of(Setting.SIT_LIMIT, "30m"));
        SettingsForm form = new SettingsForm(store, run(commandLine, true));
        form.show(store.all());

        commandLine.clear();
        form.show(store.all());

        assertThat(form.note(Setting.SIT_LIMIT)).isEmpty();
    }

    @Test
    void start_at_login_shows_whether_it_happens_not_the_stored_value() {
        SettingsForm nothingSetUp = new SettingsForm(store, run(Map.of(), false));
        nothingSetUp.show(store.all());
        assertThat(((JCheckBox) nothingSetUp.control(Setting.START_AT_LOGIN).parts().get(0)).isSelected()).isFalse();

        SettingsForm setUp = new SettingsForm(store, run(Map.of(), true));
        setUp.show(with(store.all(), Setting.START_AT_LOGIN, "false", Layer.USER));
        assertThat(((JCheckBox) setUp.control(Setting.START_AT_LOGIN).parts().get(0)).isSelected()).isTrue();
    }

    @Test
    void an_edit_is_saved_and_showing_values_saves_nothing() {
        SettingsForm form = new SettingsForm(store, run(Map.of(), false));
        form.show(store.all());
        assertThat(store.get(Setting.START_AT_LOGIN).layer()).as("shown unticked, not saved").isEqualTo(Layer.BUILT_IN);

        ((JCheckBox) form.control(Setting.START_AT_LOGIN).parts().get(0)).setSelected(true);

        assertThat(store.get(Setting.START_AT_LOGIN)).isEqualTo(new Resolved(Setting.START_AT_LOGIN, "true",
                Layer.USER));
    }

    @Test
    void every_tab_has_its_labels_in_one_column_and_its_controls_at_the_same_place() {
        SettingsForm form = new SettingsForm(store, run(Map.of(), true));
        form.show(store.all());
        JTabbedPane tabs = (JTabbedPane) form.tabs();
        Set<Integer> controlsAt = new HashSet<>();
        for (int tab = 0; tab < tabs.getTabCount(); tab++) {
            JPanel panel = (JPanel) tabs.getComponentAt(tab);
            panel.setSize(panel.getPreferredSize());
            panel.doLayout();
            for (Setting setting : SettingsDialog.SECTIONS.get(tab)) {
                controlsAt.add(form.control(setting).component().getX());
            }
        }
        assertThat(controlsAt).as("the x of every control on every tab").hasSize(1);
    }
}
