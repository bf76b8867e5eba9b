package org.unhunch.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.settings.InvalidSettingException;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.settings.SettingsStore.Resolved;
import org.unhunch.settings.SettingsUnavailableException;

/**
 * Every setting a person can change, in sections, from the tray menu. A change is saved at once and
 * the running agent takes it at once; a setting the organisation locked is shown, disabled, with
 * "Set by your organisation". Reset to defaults removes the person's own values. A lock pushed while
 * it is open reaches it at the agent's next read of the settings ({@link DesktopPresenter#settingsChanged});
 * a change to a key locked before then is refused by the store, said as not saved, and logged.
 */
final class SettingsDialog {

    static final String WINDOW_TITLE = "Unhunch - settings";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsDialog.class);

    static final List<List<Setting>> SECTIONS = List.of(
            List.of(Setting.SIT_LIMIT, Setting.BREAK_GAP, Setting.ENGAGED_LIMIT, Setting.SNOOZE),
            List.of(Setting.PROMPT_PAUSE, Setting.PROMPT_MAX_WAIT, Setting.PROMPT_TIMEOUT),
            List.of(Setting.ROUTINE_ID, Setting.EQUIPMENT_BAND, Setting.EQUIPMENT_FOAM_ROLLER, Setting.ROUTINE_FILE),
            List.of(Setting.WORK_DAYS, Setting.WORK_START, Setting.WORK_END),
            List.of(Setting.PRESENCE_CALLS, Setting.PRESENCE_FULL_SCREEN, Setting.PRESENCE_DO_NOT_DISTURB,
                    Setting.PRESENCE_IDLE_INHIBITOR),
            List.of(Setting.SOUNDS, Setting.THEME, Setting.LANGUAGE, Setting.ACTIVITY_SOURCE, Setting.START_AT_LOGIN,
                    Setting.RETENTION_DAYS));
    private static final List<String> SECTION_TITLES = List.of("breaks", "prompt", "routine", "hours", "presence",
            "general");

    private final SettingsStore store;
    private final JFrame frame = new JFrame(WINDOW_TITLE);
    private final Map<Setting, SettingControl> controls = new EnumMap<>(Setting.class);
    private final Map<Setting, JLabel> lockNotes = new EnumMap<>(Setting.class);
    private final StatusLine status = new StatusLine();

    SettingsDialog(SettingsStore store) {
        this.store = store;
        JTabbedPane tabs = new JTabbedPane();
        for (int section = 0; section < SECTIONS.size(); section++) {
            String name = SECTION_TITLES.get(section);
            JPanel form = new JPanel(new GridBagLayout());
            form.setBorder(BorderFactory.createEmptyBorder(14, 18, 14, 18));
            int row = 0;
            String note = "settings.note." + name;
            if (Texts.has(note)) {
                JLabel explanation = new JLabel("<html><body style='width:380px'>" + Texts.get(note) + "</body></html>");
                GridBagConstraints at = cell(0, row++);
                at.gridwidth = 3;
                at.insets = new Insets(0, 0, 10, 0);
                form.add(explanation, at);
            }
            for (Setting setting : SECTIONS.get(section)) {
                row = addRow(form, row, setting);
            }
            GridBagConstraints filler = cell(0, row);
            filler.weighty = 1;
            form.add(new JPanel(), filler);
            tabs.addTab(Texts.get("settings.section." + name), form);
        }
        JButton reset = new JButton(Texts.get("settings.reset"));
        reset.setMnemonic('R');
        reset.addActionListener(event -> save(() -> store.reset(null)));
        JButton close = new JButton(Texts.get("settings.close"));
        close.addActionListener(event -> frame.setVisible(false));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        buttons.add(reset);
        buttons.add(close);
        JPanel bottom = new JPanel(new BorderLayout(0, 8));
        bottom.setBorder(BorderFactory.createEmptyBorder(8, 18, 14, 18));
        bottom.add(status.component(), BorderLayout.NORTH);
        bottom.add(buttons, BorderLayout.SOUTH);

        JPanel content = new JPanel(new BorderLayout());
        content.setBorder(BorderFactory.createEmptyBorder(10, 10, 0, 10));
        content.add(tabs, BorderLayout.CENTER);
        content.add(bottom, BorderLayout.SOUTH);
        frame.setContentPane(content);
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        frame.getAccessibleContext().setAccessibleName(Texts.get("settings.title"));
        frame.getRootPane().setDefaultButton(close);
        // Room for every "Set by your organisation" note, though most are hidden.
        lockNotes.values().forEach(lock -> lock.setVisible(true));
        frame.pack();
        lockNotes.values().forEach(lock -> lock.setVisible(false));
    }

    private int addRow(JPanel form, int row, Setting setting) {
        SettingControl control = SettingControl.forSetting(setting);
        controls.put(setting, control);
        control.onEdit(value -> save(() -> store.set(setting.key(), value)));
        JComponent component = control.component();
        String labelKey = "settings.label." + setting.key();
        if (setting.type() != org.unhunch.settings.SettingType.BOOLEAN) {
            JLabel label = new JLabel(Texts.get(labelKey));
            label.setLabelFor(control.parts().get(0));
            form.add(label, cell(0, row));
            control.parts().forEach(part -> part.getAccessibleContext().setAccessibleName(Texts.get(labelKey)));
        }
        GridBagConstraints at = cell(1, row);
        at.weightx = 1;
        form.add(component, at);
        JLabel lock = new JLabel(Texts.get("settings.locked"));
        lock.setFont(lock.getFont().deriveFont(Font.ITALIC));
        lock.setForeground(UIManager.getColor("Label.disabledForeground"));
        lock.setVisible(false);
        lockNotes.put(setting, lock);
        form.add(lock, cell(2, row));
        return row + 1;
    }

    private static GridBagConstraints cell(int column, int row) {
        GridBagConstraints at = new GridBagConstraints();
        at.gridx = column;
        at.gridy = row;
        at.anchor = GridBagConstraints.LINE_START;
        at.insets = new Insets(3, 0, 3, 12);
        return at;
    }

    /** Brings the window up with the values as they are now. */
    void open(Map<Setting, Resolved> values) {
        show(values);
        status.clear();
        if (!frame.isVisible()) {
            frame.setLocationRelativeTo(null);
        }
        frame.setVisible(true);
        frame.toFront();
        controls.get(SECTIONS.get(0).get(0)).focusTarget().requestFocusInWindow();
    }

    boolean isShowing() {
        return frame.isVisible();
    }

    /** Shows {@code values}: each control's value, and whether the organisation locked it. */
    void show(Map<Setting, Resolved> values) {
        values.forEach((setting, resolved) -> {
            SettingControl control = controls.get(setting);
            control.show(resolved.value());
            control.setEnabled(!resolved.locked());
            lockNotes.get(setting).setVisible(resolved.locked());
            String tip = resolved.locked() ? Texts.get("settings.locked.tip", setting.meaning())
                    : capitalised(setting.meaning());
            control.parts().forEach(part -> part.setToolTipText(tip));
        });
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
