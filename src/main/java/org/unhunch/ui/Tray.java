package org.unhunch.ui;

import java.awt.AWTException;
import java.awt.Dimension;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.activity.Ticker;
import org.unhunch.agent.AgentStatus;
import org.unhunch.routine.Routine;

/**
 * The tray icon with its tooltip ("Sitting 32 min · break in 13 min") and menu. If no tray host
 * runs at start, Unhunch runs without it (saying so once) and adds the icon when one appears; if
 * the tray host restarts, the icon is added again. All on the EDT.
 */
final class Tray {

    private static final Logger LOG = LoggerFactory.getLogger(Tray.class);
    /** How often to look for a tray host while there is none. */
    private static final int LOOK_FOR_TRAY_MILLIS = 5_000;
    /** How often to redraw the icon and tooltip (they show whole minutes) once it is there. */
    private static final int REDRAW_MILLIS = 60_000;

    private final Supplier<AgentStatus> status;
    private final Ticker ticker;
    private Duration sitLimit;
    private Routine routine;
    private final TrayMenu actions;
    private final TrayPopup popup;
    private final Supplier<Optional<String>> pausedUntil;
    private final Timer refresh = new Timer(LOOK_FOR_TRAY_MILLIS, event -> refresh());
    private TrayIcon icon;
    private boolean saidMissing;

    /**
     * @param pausedUntil when prompts come back, where the person paused them from the tray
     * @param installLook run before the menu is first made
     */
    Tray(Supplier<AgentStatus> status, Ticker ticker, Duration sitLimit, Routine routine, TrayMenu actions,
         long snoozeMinutes, Supplier<Optional<String>> pausedUntil, Runnable installLook) {
        this.status = status;
        this.ticker = ticker;
        this.sitLimit = sitLimit;
        this.routine = routine;
        this.actions = actions;
        actions.setSnoozeMinutes(snoozeMinutes);
        this.popup = new TrayPopup(actions::menu, installLook, this::refresh);
        this.pausedUntil = pausedUntil;
    }

    /** The snooze the menu's Snooze item names (the card's, one setting). */
    void setSnoozeMinutes(long snoozeMinutes) {
        actions.setSnoozeMinutes(snoozeMinutes);
    }

    /** The limit the ring fills toward. */
    void setSitLimit(Duration sitLimit) {
        this.sitLimit = sitLimit;
    }

    /** The routine the tooltip names while one is under way. */
    void setRoutine(Routine routine) {
        this.routine = routine;
    }

    /** @param early the icon put up at launch ({@link FirstTrayIcon}), taken over with its menu; or empty */
    void start(Optional<TrayIcon> early) {
        early.filter(shown -> SystemTray.isSupported()
                && Arrays.asList(SystemTray.getSystemTray().getTrayIcons()).contains(shown)).ifPresent(shown -> {
                    icon = shown;
                    popup.attach(icon);
                    LOG.info("Tray icon added (at launch, {} px)", icon.getSize().height);
                });
        refresh();
        refresh.start();
    }

    void stop() {
        refresh.stop();
        popup.dispose();
        if (icon != null && SystemTray.isSupported()) {
            SystemTray.getSystemTray().remove(icon);
        }
    }

    boolean hasIcon() {
        return icon != null;
    }

    /** Adds the icon if a tray is there (again, after a tray host restart) and redraws it. */
    void refresh() {
        if (!SystemTray.isSupported()) {
            if (!saidMissing) {
                saidMissing = true;
                LOG.warn(Texts.get("tray.missing"));
            }
            icon = null;
            refresh.setDelay(LOOK_FOR_TRAY_MILLIS);
            return;
        }
        try {
            SystemTray tray = SystemTray.getSystemTray();
            if (icon == null || !Arrays.asList(tray.getTrayIcons()).contains(icon)) {
                Dimension size = tray.getTrayIconSize();
                icon = new TrayIcon(TrayIconPainter.paint(Math.max(16, size.height), TrayIconPainter.Look.AWAY, 0),
                        Texts.get("app.name"));
                icon.setImageAutoSize(false);
                popup.attach(icon);
                tray.add(icon);
                LOG.info("Tray icon added ({} px)", size.height);
            }
            paint(tray.getTrayIconSize().height);
            refresh.setDelay(REDRAW_MILLIS);
        } catch (AWTException | RuntimeException e) {
            LOG.info("The tray is not ready ({}); trying again in {} s", e.getMessage(), LOOK_FOR_TRAY_MILLIS / 1000);
            icon = null;
            refresh.setDelay(LOOK_FOR_TRAY_MILLIS);
        }
    }

    private void paint(int size) {
        AgentStatus now = status.get();
        TrayState state = TrayState.of(now, now.agentTimeNow(ticker), sitLimit, routine, pausedUntil.get());
        icon.setImage(TrayIconPainter.paintAllScales(Math.max(16, size), state.look(), state.sittingShare()));
        // The tooltip would cover the menu: it goes when a button is pressed on the icon, and comes back
        // once the menu has closed.
        if (!popup.isOpen()) {
            icon.setToolTip(state.tooltip());
        }
        actions.show(state);
    }
}
