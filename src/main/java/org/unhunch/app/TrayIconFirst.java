package org.unhunch.app;

import org.unhunch.ui.FirstTrayIcon;

/**
 * The tray icon, up at once on a thread of its own while the rest of the start goes on; called
 * first thing at the launch of the tray agent ({@link FirstTrayIcon}). No logger here: its first use
 * sets logging up, which would come before the icon.
 */
public final class TrayIconFirst {

    private TrayIconFirst() {
    }

    public static void show() {
        FirstTrayIcon.showNow(() -> DisplayCheck.problem().isEmpty());
    }
}
