package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.Rectangle;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.Window;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.unhunch.agent.AgentStatus;
import org.unhunch.agent.ObservationInbox;
import org.unhunch.presence.Signal;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineFile;
import org.unhunch.settings.SettingsStore;
import org.unhunch.sitting.BreakFlow;
import org.unhunch.sitting.SittingEvent;
import org.unhunch.sitting.SittingSettings;
import org.unhunch.testing.Desktop;
import org.unhunch.testing.TrayMenuOnScreen;
import org.unhunch.testing.MemoryPreferences;

/**
 * The presenter on a real (virtual) desktop with a tray host, in this JVM and fed the agent's
 * statuses and events by hand: no platform source on the test desktop says "in a call", so the
 * statuses a call would give are written here. Screenshots go to target/screenshots/.
 */
@Tag("desktop")
class HeldPromptIT {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    private final AtomicReference<AgentStatus> status = new AtomicReference<>(AgentStatus.STARTING);

    @BeforeEach
    void requireDesktop() {
        Desktop.require();
    }

    private DesktopPresenter presenter;

    /** The tray icon and the windows of this JVM go, so no later test finds them instead of the agent's. */
    @AfterEach
    void closeEverything() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            if (presenter != null) {
                presenter.stopTray();  // or its timer would put the icon back within a minute
            }
            if (SystemTray.isSupported()) {
                Arrays.stream(SystemTray.getSystemTray().getTrayIcons()).forEach(SystemTray.getSystemTray()::remove);
            }
            Arrays.stream(Window.getWindows()).forEach(Window::dispose);
        });
    }

    @Test
    void the_tray_says_the_break_is_held_for_the_call_and_the_card_after_it_counts_the_call() throws Exception {
        Routine routine = RoutineFile.bundled().get(0);
        presenter = presenter(routine);
        presenter.start();
        await("the tray icon").atMost(Duration.ofSeconds(20)).until(() -> tooltip().isPresent());

        status.set(held(70, Signal.CALL, Signal.DO_NOT_DISTURB));
        presenter.accept(new SittingEvent.PromptHeld(70 * MINUTE, Duration.ofMinutes(70)));
        presenter.statusChanged();
        await("the tooltip says why").atMost(Duration.ofSeconds(10))
                .until(() -> tooltip().orElse("").equals("Sitting 70 min \u00b7 break due \u2014 held for your call"));
        assertThat(Desktop.visibleWindow(PromptCard.WINDOW_TITLE)).as("no card while held").isEmpty();
        Rectangle icon = TrayMenuOnScreen.icon(ProcessHandle.current().pid());
        Desktop.xdotool("mousemove", Integer.toString(icon.x + icon.width / 2),
                Integer.toString(icon.y + icon.height / 2));
        await("the tooltip on screen").atMost(Duration.ofSeconds(10)).until(HeldPromptIT::tooltipShowing);
        Desktop.screenshot("tray-held-for-call");
        Desktop.xdotool("mousemove", "300", "300");

        status.set(held(75, Signal.DO_NOT_DISTURB));
        presenter.statusChanged();
        await("the call ended, do-not-disturb stays on").atMost(Duration.ofSeconds(10))
                .until(() -> tooltip().orElse("").endsWith("held while do-not-disturb is on"));

        status.set(prompt(80));
        presenter.accept(new SittingEvent.PromptShown(80 * MINUTE, Duration.ofMinutes(80)));
        presenter.statusChanged();
        String card = Desktop.awaitWindow(PromptCard.WINDOW_TITLE);
        Desktop.awaitDrawn(card);
        assertThat(cardWords()).contains("You've sat for 1 h 20 min, your call included");
        Desktop.screenshot("prompt-card-after-call");
    }

    private DesktopPresenter presenter(Routine routine) {
        SettingsStore store = new SettingsStore(new MemoryPreferences(), new MemoryPreferences(), note -> { });
        DesktopPresenter.Wiring wiring = new DesktopPresenter.Wiring(new ObservationInbox(() -> 0), status::get,
                () -> 0, 1, store, Path.of("unhunch.log"), "Keyboard and mouse: seen through the input hook", () -> null,
                () -> { }, ThisRun.AS_STORED);
        return new DesktopPresenter(wiring, SittingSettings.DEFAULTS, store.all(), routine, routine.stepsFor(Set.of()));
    }

    private static AgentStatus held(long minutesSat, Signal... reasons) {
        return new AgentStatus(minutesSat * MINUTE, 0, 1, BreakFlow.PENDING, false, true, Set.of(reasons),
                OptionalLong.of(0), OptionalLong.of(45 * MINUTE), false);
    }

    private static AgentStatus prompt(long minutesSat) {
        return new AgentStatus(minutesSat * MINUTE, 0, 1, BreakFlow.PROMPT, false, false, Set.of(),
                OptionalLong.of(0), OptionalLong.of(45 * MINUTE), false);
    }

    /** The tooltip of this JVM's tray icon, once there is one. */
    private static Optional<String> tooltip() throws Exception {
        AtomicReference<Optional<String>> tip = new AtomicReference<>(Optional.empty());
        SwingUtilities.invokeAndWait(() -> {
            TrayIcon[] icons = SystemTray.isSupported() ? SystemTray.getSystemTray().getTrayIcons() : new TrayIcon[0];
            tip.set(Arrays.stream(icons).map(TrayIcon::getToolTip).findFirst());
        });
        return tip.get();
    }

    /** AWT draws the tray icon's tooltip in a window of its own (on X11, a {@code Tooltip} of the tray peer). */
    private static boolean tooltipShowing() throws Exception {
        AtomicReference<Boolean> showing = new AtomicReference<>(false);
        SwingUtilities.invokeAndWait(() -> showing.set(Arrays.stream(Window.getWindows())
                .anyMatch(window -> window.isShowing() && window.getClass().getSimpleName().equals("Tooltip"))));
        return showing.get();
    }

    /** The words on the card's label. */
    private static String cardWords() throws Exception {
        AtomicReference<String> words = new AtomicReference<>("");
        SwingUtilities.invokeAndWait(() -> Arrays.stream(Frame.getFrames())
                .filter(frame -> frame.isVisible() && PromptCard.WINDOW_TITLE.equals(frame.getTitle()))
                .findFirst().ifPresent(frame -> words.set(labelText(frame))));
        return words.get();
    }

    private static String labelText(Container container) {
        StringBuilder text = new StringBuilder();
        for (Component child : container.getComponents()) {
            if (child instanceof JLabel label) {
                text.append(label.getText());
            } else if (child instanceof Container inner) {
                text.append(labelText(inner));
            }
        }
        return text.toString();
    }
}
