package org.unhunch.testing;

import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;

/**
 * The agent's tray menu on the desktop: opened with a right click on the tray icon, found as the
 * agent's visible pop-up window (it has no name of its own), and its items found between the
 * separators seen in its pixels.
 *
 * @param bounds     where the menu is on the screen
 * @param separators the screen rows of its separators, from the top
 */
public record TrayMenuOnScreen(Rectangle bounds, List<Integer> separators) {

    /** Narrower windows of the agent's are the tray icon's and the menu's anchor. */
    private static final int LEAST_WIDTH = 80;
    /** How far a pixel's colour is from the menu's background to be drawn on it. */
    private static final int DRAWN = 40;

    /**
     * Right-clicks the agent's own tray icon and waits (at most 15 s) for its menu, drawn.
     */
    public static TrayMenuOnScreen open(long agentPid) throws AWTException {
        Rectangle icon = icon(agentPid);
        Desktop.xdotool("mousemove", Integer.toString(icon.x + icon.width / 2),
                Integer.toString(icon.y + icon.height / 2), "click", "3");
        AtomicReference<TrayMenuOnScreen> menu = new AtomicReference<>();
        Awaitility.await("the tray menu").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    menu.set(find(agentPid));
                    return menu.get() != null && menu.get().separators.size() >= 3;
                });
        return menu.get();
    }

    /**
     * Where the agent's own tray icon is, once it is there (at most 15 s): another agent's, still
     * closing, may be in the tray too.
     */
    public static Rectangle icon(long agentPid) {
        AtomicReference<String> own = new AtomicReference<>("");
        Awaitility.await("the agent's tray icon").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    own.set(Desktop.xdotoolOutput("search", "--all", "--onlyvisible", "--pid", Long.toString(agentPid),
                            "--name", "^JavaEmbeddedFrame$").lines().findFirst().orElse(""));
                    return !own.get().isEmpty();
                });
        return Desktop.geometry(own.get());
    }

    /** Whether the agent shows a menu now. */
    public static boolean isOpen(long agentPid) throws AWTException {
        return find(agentPid) != null;
    }

    /**
     * The centre row of an item: the {@code item}-th (from 0) of the {@code items} between separator
     * {@code separator} (from 0) and the next one, or the menu's bottom.
     */
    public int itemCentre(int separator, int item, int items) {
        int top = separators.get(separator) + 1;
        int bottom = separator + 1 < separators.size() ? separators.get(separator + 1) : bounds.y + bounds.height - 4;
        return top + (bottom - top) * (2 * item + 1) / (2 * items);
    }

    /** Moves the pointer to an item and clicks it. */
    public void click(int separator, int item, int items) {
        Desktop.xdotool("mousemove", Integer.toString(bounds.x + 30),
                Integer.toString(itemCentre(separator, item, items)), "click", "1");
    }

    private static TrayMenuOnScreen find(long agentPid) throws AWTException {
        for (String window : Desktop.xdotoolOutput("search", "--onlyvisible", "--pid", Long.toString(agentPid)).lines().toList()) {
            Rectangle bounds;
            try {
                bounds = Desktop.geometry(window);
            } catch (RuntimeException gone) {
                continue;
            }
            String name = Desktop.xdotoolOutput("getwindowname", window).strip();
            if (bounds.width >= LEAST_WIDTH && bounds.height >= LEAST_WIDTH && !name.startsWith("Unhunch")
                    && !name.equals("JavaEmbeddedFrame")) {
                return new TrayMenuOnScreen(bounds, separators(bounds));
            }
        }
        return null;
    }

    /** Rows where a column near the right edge crosses a line (the menu's text ends well before it). */
    private static List<Integer> separators(Rectangle bounds) throws AWTException {
        BufferedImage image = new Robot().createScreenCapture(bounds);
        int x = image.getWidth() - 8;
        int background = image.getRGB(x, image.getHeight() / 2);
        List<Integer> rows = new ArrayList<>();
        int y = 3;
        while (y < image.getHeight() - 3) {
            if (distance(image.getRGB(x, y), background) > DRAWN) {
                rows.add(bounds.y + y);
                while (y < image.getHeight() - 3 && distance(image.getRGB(x, y), background) > DRAWN) {
                    y++;
                }
            }
            y++;
        }
        return rows;
    }

    private static int distance(int rgb, int other) {
        int distance = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            distance += Math.abs((rgb >> shift & 0xff) - (other >> shift & 0xff));
        }
        return distance;
    }
}
