package org.unhunch.ui;

import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * The tray icon, put up on a thread of its own the moment the agent is launched, before the rest
 * of the start (settings, the log file, the activity source, the break log, routines) runs beside
 * it: a person sees it start at once. {@link Tray} takes it over, menu and all, once the agent is
 * built. Where no tray host is there, or no display, it stays away and {@link Tray} says so.
 */
public final class FirstTrayIcon {

    /** Longer than any start of the icon seen (under 1 s): past it, {@link Tray} makes its own. */
    private static final long WAIT_SECONDS = 5;
    /** The product's name, which no translation changes: the language setting is not read yet. */
    private static final String TOOLTIP = "Unhunch";
    private static final Object LOCK = new Object();
    private static volatile CompletableFuture<Optional<TrayIcon>> shown =
            CompletableFuture.completedFuture(Optional.empty());
    /** {@link #await} gave up on it: an icon that comes later goes away at once (never two icons). */
    private static boolean abandoned;

    private FirstTrayIcon() {
    }

    /**
     * Puts the icon up, on a thread of its own; called once, first thing at launch.
     *
     * @param displayUsable whether a display can be used, asked first on that thread (a display that
     *                      cannot be opened is for the agent's start to report, not for this thread)
     */
    public static void showNow(BooleanSupplier displayUsable) {
        CompletableFuture<Optional<TrayIcon>> showing = new CompletableFuture<>();
        shown = showing;
        Thread thread = new Thread(() -> showing.complete(show(displayUsable)), "unhunch-first-tray-icon");
        thread.setDaemon(true);
        thread.start();
    }

    /** The icon put up at launch, once that is done (or given up on); empty where none was. */
    static Optional<TrayIcon> await() {
        CompletableFuture<Optional<TrayIcon>> showing = shown;
        try {
            return showing.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // given up on below
        }
        synchronized (LOCK) {
            abandoned = true;
            return showing.getNow(Optional.empty());
        }
    }

    private static Optional<TrayIcon> show(BooleanSupplier displayUsable) {
        try {
            if (!displayUsable.getAsBoolean() || !SystemTray.isSupported()) {
                return Optional.empty();
            }
            SystemTray tray = SystemTray.getSystemTray();
            int size = Math.max(16, tray.getTrayIconSize().height);
            TrayIcon icon = new TrayIcon(TrayIconPainter.paint(size, TrayIconPainter.Look.AWAY, 0), TOOLTIP);
            icon.setImageAutoSize(false);
            tray.add(icon);
            synchronized (LOCK) {
                if (abandoned) {
                    tray.remove(icon);
                    return Optional.empty();
                }
            }
            return Optional.of(icon);
        } catch (Exception | Error e) {
            // No tray host, or it refused the icon (AWTException, a runtime error): Tray tries again and says so.
            return Optional.empty();
        }
    }
}
