package org.unhunch.ui;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.UIManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.settings.InvalidSettingException;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingType;
import org.unhunch.settings.SettingsStore;
import org.unhunch.settings.SettingsStore.Resolved;
import org.unhunch.settings.SettingsUnavailableException;

/**
 * The settings dialog's tabs: on every tab the labels in one column and the controls in the next, at
 * the same place, with a note under a control where the value in force is not the one it shows —
 * set by the organisation, or given on this run's command line. A change is saved at once; one the
 * store refuses is said on the status line and logged.
 */
final class SettingsForm {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsForm.class);
    private static final int NOTE_WIDTH = 340;
    /** A note label's words, as plain text. */
    private static final String WORDS = "unhunch.words";

    private final SettingsStore store;
    private final ThisRun thisRun;
    private final JTabbedPane tabs = new JTabbedPane();
    private final Map<Setting, SettingControl> controls = new EnumMap<>(Setting.class);
    private final Map<Setting, JLabel> notes = new EnumMap<>(Setting.class);
    private final List<JLabel> labels = new ArrayList<>();
    private final StatusLine status = new StatusLine();

    SettingsForm(SettingsStore store, ThisRun thisRun) {
        this.store = store;
        this.thisRun = thisRun;
        for (int section = 0; section < SettingsDialog.SECTIONS.size(); section++) {
            String name = SettingsDialog.SECTION_TITLES.get(section);
            tabs.addTab(Texts.get("settings.section." + name), tab(name, SettingsDialog.SECTIONS.get(section)));
        }
        int labelWidth = labels.stream().mapToInt(label -> label.getPreferredSize().width).max().orElse(0);
        labels.forEach(label -> label.setPreferredSize(new Dimension(labelWidth, label.getPreferredSize().height)));
    }

    private JPanel tab(String name, List<Setting> settings) {
        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(14, 18, 14, 18));
        int row = 0;
        String note = "settings.note." + name;
        if (Texts.has(note)) {
            JLabel explanation = new JLabel("<html><body style='width:420px'>" + Texts.get(note) + "</body></html>");
            GridBagConstraints at = cell(0, row++);
            at.gridwidth = 2;
            at.insets = new Insets(0, 0, 10, 0);
            form.add(explanation, at);
        }
        for (Setting setting : settings) {
            row = addRow(form, row, setting);
        }
        GridBagConstraints filler = cell(0, row);
        filler.weighty = 1;
        form.add(new JPanel(), filler);
        return form;
    }

    private int addRow(JPanel form, int row, Setting setting) {
        SettingControl control = SettingControl.forSetting(setting);
        controls.put(setting, control);
        control.onEdit(value -> save(() -> store.set(setting.key(), value)));
        JLabel label = new JLabel();
        if (setting.type() == SettingType.BOOLEAN) {
            // A group of check boxes is named once, on its first row.
            String group = "settings.group." + setting.key();
            label.setText(Texts.has(group) ? Texts.get(group) : "");
        } else {
            String words = Texts.get("settings.label." + setting.key());
            label.setText(words);
            label.setLabelFor(control.parts().get(0));
            control.parts().stream().filter(part -> !(part instanceof AbstractButton))
                    .forEach(part -> part.getAccessibleContext().setAccessibleName(words));
        }
        labels.add(label);
        form.add(label, cell(0, row));
        GridBagConstraints at = cell(1, row);
        at.weightx = 1;
        form.add(control.component(), at);
        JLabel note = new JLabel();
        note.setFont(note.getFont().deriveFont(Font.ITALIC));
        note.setForeground(UIManager.getColor("Label.disabledForeground"));
        // The same again for FlatLaf, which keeps it through a switch between light and dark.
        note.putClientProperty("FlatLaf.style", "foreground: $Label.disabledForeground; font: italic");
        note.setVisible(false);
        notes.put(setting, note);
        GridBagConstraints under = cell(1, row + 1);
        under.insets = new Insets(0, 0, 6, 0);
        form.add(note, under);
        return row + 2;
    }

    private static GridBagConstraints cell(int column, int row) {
        GridBagConstraints at = new GridBagConstraints();
        at.gridx = column;
        at.gridy = row;
        at.anchor = GridBagConstraints.LINE_START;
        at.insets = new Insets(4, 0, 4, 12);
        return at;
    }

    JComponent tabs() {
        return tabs;
    }

    StatusLine status() {
        return status;
    }

    SettingControl control(Setting setting) {
        return controls.get(setting);
    }

    /** The note under a setting's control, or empty where there is none. */
    String note(Setting setting) {
        JLabel note = notes.get(setting);
        return note.isVisible() ? (String) note.getClientProperty(WORDS) : "";
    }

    /**
     * Shows {@code values}: each control's value, and where another value is in force, why — the
     * organisation's lock, or this run's command line. "Start at login" shows whether it will happen.
     */
    void show(Map<Setting, Resolved> values) {
        Map<Setting, String> commandLine = thisRun.fromCommandLine(values);
        values.forEach((setting, resolved) -> {
            SettingControl control = controls.get(setting);
            control.show(setting == Setting.START_AT_LOGIN ? Boolean.toString(thisRun.startsAtLogin(values))
                    : resolved.value());
            control.setEnabled(!resolved.locked());
            if (resolved.locked()) {
                showNote(setting, Texts.get("settings.locked"));
            } else if (commandLine.containsKey(setting)) {
                showNote(setting, Texts.get("settings.commandLine", control.words(commandLine.get(setting))));
            } else {
                showNote(setting, "");
            }
            String tip = resolved.locked() ? Texts.get("settings.locked.tip", setting.meaning())
                    : capitalised(setting.meaning());
            String note = note(setting);
            control.parts().forEach(part -> {
                part.setToolTipText(tip);
                // A screen reader reads the note where there is one, else the tip.
                part.getAccessibleContext().setAccessibleDescription(note.isEmpty() ? null : note);
            });
        });
    }

    /** Shows {@code words} under the setting's control, wrapped to the note's width; none where empty. */
    private void showNote(Setting setting, String words) {
        JLabel note = notes.get(setting);
        note.putClientProperty(WORDS, words);
        note.setText(words.isEmpty() ? "" : "<html><body style='width:" + NOTE_WIDTH + "px'>"
                + Texts.escapeHtml(words) + "</body></html>");
        note.setVisible(!words.isEmpty());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Removes the person's own values. */
    void resetAll() {
        save(() -> store.reset(null));
    }

    private void save(Runnable write) {
        try {
            write.run();
            status.clear();
            show(store.all());
        } catch (InvalidSettingException | SettingsUnavailableException e) {
            LOG.info("The settings dialog did not save: {}", e.getMessage());
            status.notSaved(e.getMessage());
            show(store.all());
        }
    }
}
