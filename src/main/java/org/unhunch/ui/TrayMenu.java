package org.unhunch.ui;

import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The tray menu: the state in words at the top, then its entries and what each does. Snooze,
 * Resume and Start are enabled only when they apply ({@link TrayState}); Snooze answers the open
 * prompt as the card's Snooze does, for the same snooze setting.
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
    private MenuItem headline;
    private MenuItem startItem;
    private MenuItem snoozeItem;
    private MenuItem resumeItem;
    private Runnable chosen = () -> { };

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

    /** @param chosen told after any item's action (the tray redraws, its tooltip back) */
    PopupMenu build(long snoozeMinutes, Runnable chosen) {
        this.chosen = chosen;
        PopupMenu menu = new PopupMenu();
        headline = new MenuItem(Texts.get("tray.tooltip.away"));
        headline.setEnabled(false);
        menu.add(headline);
        menu.addSeparator();
        startItem = menu.add(item(Texts.get("tray.menu.start"), startRoutine));
        menu.addSeparator();
        snoozeItem = menu.add(item(Texts.get("tray.menu.snooze", snoozeMinutes), snooze));
        menu.add(item(Texts.get("tray.menu.pauseHour"), () -> pauseFor.accept(Duration.ofHours(1))));
        menu.add(item(Texts.get("tray.menu.pauseTomorrow"), pauseUntilTomorrow));
        resumeItem = menu.add(item(Texts.get("tray.menu.resume"), resume));
        menu.addSeparator();
        menu.add(item(Texts.get("tray.menu.history"), history));
        menu.add(item(Texts.get("tray.menu.settings"), settings));
        menu.add(item(Texts.get("tray.menu.about"), about));
        MenuItem quitItem = new MenuItem(Texts.get("tray.menu.quit"));
        quitItem.addActionListener(event -> quit.run());  // nothing after it: the tray is going away
        menu.add(quitItem);
        return menu;
    }

    void setSnoozeMinutes(long snoozeMinutes) {
        snoozeItem.setLabel(Texts.get("tray.menu.snooze", snoozeMinutes));
    }

    /** The headline and which items apply, for {@code state}. */
    void show(TrayState state) {
        headline.setLabel(state.headline());
        startItem.setEnabled(state.startApplies());
        snoozeItem.setEnabled(state.snoozeApplies());
        resumeItem.setEnabled(state.resumeApplies());
    }

    private MenuItem item(String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.addActionListener(event -> {
            action.run();
            chosen.run();
        });
        return item;
    }
}
