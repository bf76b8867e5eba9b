package org.unhunch.ui;

import java.time.Duration;
import java.util.function.Consumer;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.LookAndFeel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * The tray menu, a Swing menu in the look of the other windows: the state in words at the top,
 * then its entries and what each does. Snooze, Resume and Start are enabled only when they apply
 * ({@link TrayState}); Snooze answers the open prompt as the card's Snooze does, for the same snooze
 * setting. Made when first opened (the look loads then, not at start). On the EDT.
 */
final class TrayMenu {

    private final Runnable startRoutine;
    private final Runnable snooze;
    private final Runnable history;
    private final Consumer<Duration> pauseFor;
    private final Runnable pauseUntilTomorrow;
    private final Runnable resume;
    private final Runnable settings;
    private final Runnable about;
    private final Runnable quit;
    private long snoozeMinutes;
    private TrayState state;
    private JPopupMenu menu;
    private LookAndFeel madeIn;
    private JMenuItem headline;
    private JMenuItem startItem;
    private JMenuItem snoozeItem;
    private JMenuItem resumeItem;

    TrayMenu(Runnable startRoutine, Runnable snooze, Runnable history, Consumer<Duration> pauseFor,
             Runnable pauseUntilTomorrow, Runnable resume, Runnable settings, Runnable about, Runnable quit) {
        this.startRoutine = startRoutine;
        this.snooze = snooze;
        this.history = history;
        this.pauseFor = pauseFor;
        this.pauseUntilTomorrow = pauseUntilTomorrow;
        this.resume = resume;
        this.settings = settings;
        this.about = about;
        this.quit = quit;
    }

    /** The menu, made the first time (after the look is installed), in the look of now (the theme may change). */
    JPopupMenu menu() {
        if (menu == null) {
            menu = build();
            apply();
        } else if (madeIn != UIManager.getLookAndFeel()) {
            SwingUtilities.updateComponentTreeUI(menu);
        }
        madeIn = UIManager.getLookAndFeel();
        return menu;
    }

    private JPopupMenu build() {
        JPopupMenu made = new JPopupMenu();
        headline = new JMenuItem(Texts.get("tray.tooltip.away"));
        headline.setEnabled(false);
        made.add(headline);
        made.addSeparator();
        startItem = made.add(item(Texts.get("tray.menu.start"), startRoutine));
        made.addSeparator();
        snoozeItem = made.add(item("", snooze));
        made.add(item(Texts.get("tray.menu.pauseHour"), () -> pauseFor.accept(Duration.ofHours(1))));
        made.add(item(Texts.get("tray.menu.pauseTomorrow"), pauseUntilTomorrow));
        resumeItem = made.add(item(Texts.get("tray.menu.resume"), resume));
        made.addSeparator();
        made.add(item(Texts.get("tray.menu.history"), history));
        made.add(item(Texts.get("tray.menu.settings"), settings));
        made.add(item(Texts.get("tray.menu.about"), about));
        made.add(item(Texts.get("tray.menu.quit"), quit));
        return made;
    }

    void setSnoozeMinutes(long snoozeMinutes) {
        this.snoozeMinutes = snoozeMinutes;
        apply();
    }

    /** The headline and which items apply, for {@code state}. */
    void show(TrayState state) {
        this.state = state;
        apply();
    }

    private void apply() {
        if (menu == null) {
            return;
        }
        snoozeItem.setText(Texts.get("tray.menu.snooze", snoozeMinutes));
        if (state != null) {
            headline.setText(state.headline());
            startItem.setEnabled(state.startApplies());
            snoozeItem.setEnabled(state.snoozeApplies());
            resumeItem.setEnabled(state.resumeApplies());
        }
    }

    private JMenuItem item(String label, Runnable action) {
        JMenuItem item = new JMenuItem(label);
        item.addActionListener(event -> action.run());
        return item;
    }
}
