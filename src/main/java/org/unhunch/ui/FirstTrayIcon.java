package org.unhunch.ui;

import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The tray icon, put up on a thread of its own the moment the agent is launched, before the rest
 * of the start (settings, the log file, the activity source, the break log, routines) runs beside
 * it: a person sees it start at once. {@link Tray} takes it over, menu and all, once the agent is
 * built. Where no tray host is there, or no display, it stays away and {@link Tray} says so.
 */
public final class FirstTrayIcon {

    /** Longer than any start of the icon seen (under 1 s): past it, {@link Tray} makes its own. */
    private static final long WAIT_SECONDS = 10;
    private static volatile CompletableFuture<Optional<TrayIcon>> shown =
            CompletableFuture.completedFuture(Optional.empty());

    private FirstTrayIcon() {
    }

    /** Puts the icon up, on a thread of its own; called once, first thing at launch. */
    public static void showNow() {
        CompletableFuture<Optional<TrayIcon>> showing = new CompletableFuture<>();
        shown = showing;
        Thread thread = new Thread(() -> showing.complete(show()), "unhunch-first-tray-icon");
        thread.setDaemon(true);
        thread.start();
    }

    /** The icon put up at launch, once that is done (or given up); empty where none was. */
    static Optional<TrayIcon> await() {
        try {
            return shown.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    private static Optional<TrayIcon> show() {
        try {
            if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                return Optional.empty();
            }
            SystemTray tray = SystemTray.getSystemTray();
            int size = Math.max(16, tray.getTrayIconSize().height);
            TrayIcon icon = new TrayIcon(TrayIconPainter.paint(size, TrayIconPainter.Look.AWAY, 0),
                    Texts.get("app.name"));
            icon.setImageAutoSize(false);
            tray.add(icon);
            return Optional.of(icon);
        } catch (Exception | Error e) {
            // No display or no tray host (AWTError, AWTException, HeadlessException): Tray tries again and says so.
            return Optional.empty();
        }
    }
}
