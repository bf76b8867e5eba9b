package org.unhunch.ui;

import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.time.Duration;
import java.util.function.Consumer;

/** The tray menu's entries and what each does. */
final class TrayMenu {

    private final Runnable startRoutine;
    private final Runnable history;
    private final Consumer<Duration> pauseFor;
    private final Runnable pauseUntilTomorrow;
    private final Runnable resume;
    private final Runnable settings;
    private final Runnable about;
    private final Runnable quit;

    TrayMenu(Runnable startRoutine, Runnable history, Consumer<Duration> pauseFor, Runnable pauseUntilTomorrow,
             Runnable resume, Runnable settings, Runnable about, Runnable quit) {
        this.startRoutine = startRoutine;
        this.history = history;
        this.pauseFor = pauseFor;
        this.pauseUntilTomorrow = pauseUntilTomorrow;
        this.resume = resume;
        this.settings = settings;
        this.about = about;
        this.quit = quit;
    }

    PopupMenu build() {
        PopupMenu menu = new PopupMenu();
        menu.add(item("tray.menu.start", startRoutine));
        menu.addSeparator();
        menu.add(item("tray.menu.snooze", () -> pauseFor.accept(Duration.ofMinutes(30))));
        menu.add(item("tray.menu.pauseHour", () -> pauseFor.accept(Duration.ofHours(1))));
        menu.add(item("tray.menu.pauseTomorrow", pauseUntilTomorrow));
        menu.add(item("tray.menu.resume", resume));
        menu.addSeparator();
        menu.add(item("tray.menu.history", history));
        menu.add(item("tray.menu.settings", settings));
        menu.add(item("tray.menu.about", about));
        menu.add(item("tray.menu.quit", quit));
        return menu;
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(Texts.get(key));
        item.addActionListener(event -> action.run());
        return item;
    }
}
