package org.unhunch.ui;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;

/**
 * Where the tray menu goes: beside the icon it was opened from, not over it (a second click on the
 * icon must reach the icon), below it where the screen has room (a panel at the top) and above it
 * otherwise, and within the screen's width. The click is taken as the icon's centre: the tray says
 * no more of where its icons are.
 */
final class TrayMenuPlace {

    private TrayMenuPlace() {
    }

    /**
     * @param click  where the icon was clicked, on the screen
     * @param icon   the icon's size
     * @param menu   the menu's size
     * @param screen the part of the screen the click is on that windows may use
     * @return the menu's top-left corner
     */
    static Point of(Point click, Dimension icon, Dimension menu, Rectangle screen) {
        int below = click.y + (icon.height + 1) / 2;
        int above = click.y - (icon.height + 1) / 2 - menu.height;
        int y = below + menu.height <= screen.y + screen.height || above < screen.y ? below : above;
        int x = Math.max(screen.x, Math.min(click.x - icon.width / 2, screen.x + screen.width - menu.width));
        return new Point(x, y);
    }
}
