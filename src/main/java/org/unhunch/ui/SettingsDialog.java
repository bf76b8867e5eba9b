package org.unhunch.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.settings.SettingsStore.Resolved;

/**
 * Every setting a person can change, in sections, from the tray menu. A change is saved at once and
 * the running agent takes it at once; a setting the organisation locked is shown, disabled, with
 * "Set by your organisation", and one this run was given on its command line says the value the run
 * uses. Reset to defaults removes the person's own values; Close, Escape and Ctrl+W close it. A lock
 * pushed while it is open reaches it at the agent's next read of the settings
 * ({@link DesktopPresenter#settingsChanged}); a change to a key locked before then is refused by the
 * store, said as not saved, and logged.
 */
final class SettingsDialog {

    static final String WINDOW_TITLE = "Unhunch - settings";

    static final List<List<Setting>> SECTIONS = List.of(
            List.of(Setting.SIT_LIMIT, Setting.BREAK_GAP, Setting.ENGAGED_LIMIT, Setting.SNOOZE),
            List.of(Setting.PROMPT_PAUSE, Setting.PROMPT_MAX_WAIT, Setting.PROMPT_TIMEOUT),
            List.of(Setting.ROUTINE_ID, Setting.EQUIPMENT_BAND, Setting.EQUIPMENT_FOAM_ROLLER, Setting.ROUTINE_FILE),
            List.of(Setting.WORK_DAYS, Setting.WORK_START, Setting.WORK_END),
            List.of(Setting.PRESENCE_CALLS, Setting.PRESENCE_FULL_SCREEN, Setting.PRESENCE_DO_NOT_DISTURB,
                    Setting.PRESENCE_IDLE_INHIBITOR),
            List.of(Setting.SOUNDS, Setting.THEME, Setting.MOTION, Setting.LANGUAGE, Setting.ACTIVITY_SOURCE, Setting.START_AT_LOGIN,
                    Setting.RETENTION_DAYS));
    static final List<String> SECTION_TITLES = List.of("breaks", "prompt", "routine", "hours", "presence",
            "general");

    private final JFrame frame = new JFrame(WINDOW_TITLE);
    private final SettingsForm form;

    SettingsDialog(SettingsStore store, ThisRun thisRun) {
        form = new SettingsForm(store, thisRun);
        JButton reset = new JButton(Texts.get("settings.reset"));
        reset.setMnemonic('R');
        reset.addActionListener(event -> form.resetAll());
        JButton close = new JButton(Texts.get("settings.close"));
        close.addActionListener(event -> frame.setVisible(false));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        buttons.add(reset);
        buttons.add(close);
        JPanel bottom = new JPanel(new BorderLayout(0, 8));
        bottom.setBorder(BorderFactory.createEmptyBorder(8, 18, 14, 18));
        bottom.add(form.status().component(), BorderLayout.NORTH);
        bottom.add(buttons, BorderLayout.SOUTH);

        JPanel content = new JPanel(new BorderLayout());
        content.setBorder(BorderFactory.createEmptyBorder(10, 10, 0, 10));
        content.add(form.tabs(), BorderLayout.CENTER);
        content.add(bottom, BorderLayout.SOUTH);
        frame.setContentPane(content);
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        frame.getAccessibleContext().setAccessibleName(Texts.get("settings.title"));
        frame.getRootPane().setDefaultButton(close);
        CloseKeys.install(frame.getRootPane(), () -> frame.setVisible(false));
        frame.pack();
    }

    /** Brings the window up with the values as they are now. */
    void open(Map<Setting, Resolved> values) {
        show(values);
        form.status().clear();
        if (!frame.isVisible()) {
            frame.setLocationRelativeTo(null);
        }
        frame.setVisible(true);
        frame.toFront();
        form.control(SECTIONS.get(0).get(0)).focusTarget().requestFocusInWindow();
    }

    boolean isShowing() {
        return frame.isVisible();
    }

    /** Shows {@code values}, the window growing where a note that came with them needs the room. */
    void show(Map<Setting, Resolved> values) {
        form.show(values);
        Dimension wanted = frame.getPreferredSize();
        if (wanted.width > frame.getWidth() || wanted.height > frame.getHeight()) {
            frame.setSize(Math.max(wanted.width, frame.getWidth()), Math.max(wanted.height, frame.getHeight()));
        }
    }
}
