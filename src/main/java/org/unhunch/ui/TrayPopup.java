package org.unhunch.ui;

import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.awt.Window;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.Supplier;
import javax.swing.JPopupMenu;
import javax.swing.SwingUtilities;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;

/**
 * Opens the tray menu (a Swing popup) where the icon was right-clicked, on the button's release,
 * and keeps the tooltip away while it is open. {@link TrayIcon} takes only AWT's menus, so the
 * Swing menu needs a window to belong to: the anchor, a one-pixel pop-up window far off screen,
 * shown once when the icon is added and kept. It is a pop-up window, which no window manager
 * manages: the menu grabs the pointer from it, so a click elsewhere closes the menu, without the
 * keyboard focus that a managed window would wait for (ADR 24). The menu is opened only once the
 * anchor is on screen: FlatLaf closes a menu whose window moves, as a newly shown one does.
 */
final class TrayPopup {

    /** Far off every screen (X11 coordinates are 16-bit). */
    private static final int OFF_SCREEN = -16_000;
    private static final long NOT_PRESSED = Long.MIN_VALUE;

    private final Supplier<JPopupMenu> menu;
    private final Runnable beforeFirstMenu;
    private final Runnable whenClosed;
    private Window anchor;
    private boolean anchorShown;
    private Point openWhenShown;
    private Dimension iconSize;
    /** When the right button was pressed on the icon, or {@link #NOT_PRESSED}. */
    private long pressedAt = NOT_PRESSED;
    /** The menu once it was first opened (it is made then); null before. */
    private JPopupMenu opened;
    /** When the event that closed the menu last happened. */
    private long closedAt = Long.MIN_VALUE;

    /**
     * @param menu            the menu, made when first asked for
     * @param beforeFirstMenu run before the menu is first made (installs the look)
     * @param whenClosed      run when the menu closes, after the chosen item's action if one was chosen
     *                        (the tray redraws and puts its tooltip back)
     */
    TrayPopup(Supplier<JPopupMenu> menu, Runnable beforeFirstMenu, Runnable whenClosed) {
        this.menu = menu;
        this.beforeFirstMenu = beforeFirstMenu;
        this.whenClosed = whenClosed;
    }

    /** Opens the menu from {@code icon}'s right button. On the EDT. */
    void attach(TrayIcon icon) {
        showAnchor();
        icon.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent event) {
                icon.setToolTip(null);
                pressedAt = opensMenu(event) ? event.getWhen() : NOT_PRESSED;
            }

            @Override
            public void mouseReleased(MouseEvent event) {
                if (!opensMenu(event)) {
                    return;
                }
                // A second click on the icon closes the menu. Its press goes to the menu's grab, which may
                // close the menu or may not; if it did, the release does not open it again.
                if (isOpen()) {
                    opened.setVisible(false);
                } else if (pressedAt != NOT_PRESSED && pressedAt > closedAt) {
                    open(event.getPoint(), icon.getSize());
                }
                pressedAt = NOT_PRESSED;
            }
        });
    }

    /** Whether the menu is on screen. */
    boolean isOpen() {
        return opened != null && opened.isVisible();
    }

    private static boolean opensMenu(MouseEvent event) {
        return event.getButton() == MouseEvent.BUTTON3 || event.isPopupTrigger();
    }

    private void showAnchor() {
        if (anchor != null) {
            return;
        }
        anchor = new Window(null);
        anchor.setType(Window.Type.POPUP);
        anchor.setFocusableWindowState(false);
        anchor.setName("unhunch-tray-menu-anchor");
        anchor.setBounds(OFF_SCREEN, OFF_SCREEN, 1, 1);
        anchor.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentShown(ComponentEvent event) {
                // after the moves and resizes the window manager's answer brought, already queued
                SwingUtilities.invokeLater(() -> {
                    anchorShown = true;
                    if (openWhenShown != null) {
                        open(openWhenShown, iconSize);
                    }
                });
            }
        });
        anchor.setVisible(true);
    }

    /**
     * @param click where the icon was clicked, on the screen
     * @param icon  the icon's size
     */
    private void open(Point click, Dimension icon) {
        if (!anchorShown) {
            openWhenShown = click;
            iconSize = icon;
            return;
        }
        openWhenShown = null;
        JPopupMenu shown = menu();
        Point at = TrayMenuPlace.of(click, icon, shown.getPreferredSize(), usableScreen(click));
        shown.show(anchor, at.x - OFF_SCREEN, at.y - OFF_SCREEN);
    }

    /** The part of the screen holding {@code point} that windows may use (panels left out). */
    private static Rectangle usableScreen(Point point) {
        for (GraphicsDevice device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            GraphicsConfiguration configuration = device.getDefaultConfiguration();
            Rectangle bounds = configuration.getBounds();
            if (bounds.contains(point)) {
                Insets panels = Toolkit.getDefaultToolkit().getScreenInsets(configuration);
                return new Rectangle(bounds.x + panels.left, bounds.y + panels.top,
                        bounds.width - panels.left - panels.right, bounds.height - panels.top - panels.bottom);
            }
        }
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    }

    /** The menu, made the first time, in the look of now. */
    private JPopupMenu menu() {
        if (opened == null) {
            beforeFirstMenu.run();
            menu.get().addPopupMenuListener(new PopupMenuListener() {
                @Override
                public void popupMenuWillBecomeVisible(PopupMenuEvent event) {
                    // nothing: the press on the icon took the tooltip away
                }

                @Override
                public void popupMenuWillBecomeInvisible(PopupMenuEvent event) {
                    closedAt = EventQueue.getMostRecentEventTime();
                    SwingUtilities.invokeLater(whenClosed);
                }

                @Override
                public void popupMenuCanceled(PopupMenuEvent event) {
                    // closed without a choice: as above
                }
            });
        }
        opened = menu.get();
        return opened;
    }

    /** Closes the menu and takes the anchor away (the tray is going). */
    void dispose() {
        if (opened != null) {
            opened.setVisible(false);
        }
        if (anchor != null) {
            anchor.dispose();
            anchor = null;
            anchorShown = false;
        }
    }
}
