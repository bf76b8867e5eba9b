package org.unhunch.ui;

import java.awt.AWTException;
import java.awt.Dimension;
import java.awt.PopupMenu;
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
import org.unhunch.sitting.BreakFlow;

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
    private final PopupMenu menu;
    private final Timer refresh = new Timer(LOOK_FOR_TRAY_MILLIS, event -> refresh());
    private TrayIcon icon;
    private boolean saidMissing;

    Tray(Supplier<AgentStatus> status, Ticker ticker, Duration sitLimit, Routine routine, TrayMenu actions) {
        this.status = status;
        this.ticker = ticker;
        this.sitLimit = sitLimit;
        this.routine = routine;
        this.menu = actions.build();
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
                    icon.setPopupMenu(menu);
                    LOG.info("Tray icon added (at launch, {} px)", icon.getSize().height);
                });
        refresh();
        refresh.start();
    }

    void stop() {
        refresh.stop();
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
                        Texts.get("app.name"), menu);
                icon.setImageAutoSize(false);
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
        long agentNow = now.agentTimeNow(ticker);
        long sitting = now.sessionStart().isPresent() ? agentNow - now.sessionStart().getAsLong() : 0;
        long sittingMinutes = Duration.ofNanos(Math.max(0, sitting)).toMinutes();
        TrayIconPainter.Look look;
        String tooltip;
        if (now.flow() == BreakFlow.ROUTINE) {
            look = TrayIconPainter.Look.ROUTINE;
            tooltip = RoutineWords.underWay(routine);
        } else if (now.sessionStart().isEmpty()) {
            look = now.paused() ? TrayIconPainter.Look.PAUSED : TrayIconPainter.Look.AWAY;
            tooltip = Texts.get("tray.tooltip.away");
        } else if (now.paused()) {
            look = TrayIconPainter.Look.PAUSED;
            tooltip = Texts.get("tray.tooltip.paused", sittingMinutes);
        } else if (now.flow() != BreakFlow.SITTING) {
            look = TrayIconPainter.Look.DUE;
            tooltip = now.held() ? HeldWords.tooltip(sittingMinutes, now.heldFor())
                    : Texts.get("tray.tooltip.due", sittingMinutes);
        } else {
            look = TrayIconPainter.Look.SITTING;
            long dueIn = Duration.ofNanos(Math.max(0, now.breakDue().getAsLong() - agentNow)).toMinutes();
            tooltip = Texts.get("tray.tooltip.sitting", sittingMinutes, dueIn);
        }
        icon.setImage(TrayIconPainter.paintAllScales(Math.max(16, size), look, sitting / (double) sitLimit.toNanos()));
        icon.setToolTip(tooltip);
    }
}
