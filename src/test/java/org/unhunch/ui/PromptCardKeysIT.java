package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.time.Duration;
import javax.swing.JFrame;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.Desktop;

/** The prompt card takes the keyboard at the first press on it, and then its mnemonics answer. */
@Tag("desktop")
class PromptCardKeysIT {

    private static final String NOTES = "Notes - someone typing";

    @TempDir
    Path data;

    private JFrame notes;

    @AfterEach
    void closeNotes() throws Exception {
        if (notes != null) {
            SwingUtilities.invokeAndWait(notes::dispose);
        }
    }

    @Test
    void one_click_on_the_card_gives_it_the_keyboard_and_alt_n_snoozes() throws Exception {
        Desktop.require();
        try (AgentProcess agent = AgentProcess.start(data, "run", "--time-scale", "60", "--set", "sit.limit=10m",
                "--set", "break.gap=30m", "--set", "prompt.timeout=30m")) {
            await("the agent watching").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> AgentProcess.log(data).contains("Watching activity"));
            openNotes();
            Desktop.xdotool("type", "--delay", "30", "typing ");
            agent.awaitEvent("sitting_started", Duration.ofSeconds(10));
            agent.awaitEvent("prompt_shown", Duration.ofSeconds(20));
            String card = Desktop.awaitWindow(PromptCard.WINDOW_TITLE);
            Desktop.awaitDrawn(card);
            assertThat(Desktop.xdotoolOutput("getactivewindow", "getwindowname")).as("shown without focus")
                    .isEqualTo(NOTES);

            Rectangle bounds = Desktop.geometry(card);
            Desktop.xdotool("mousemove", Integer.toString(bounds.x + bounds.width / 2),
                    Integer.toString(bounds.y + PromptCard.PADDING + 8), "click", "1");
            await("the card has the keyboard after one click").atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> Desktop.xdotoolOutput("getactivewindow", "getwindowname"),
                            PromptCard.WINDOW_TITLE::equals);
            Desktop.screenshot("prompt-card-focused");

            Desktop.xdotool("key", "alt+n");
            agent.awaitEvent("break_snoozed", Duration.ofSeconds(10));
            await("the card gone").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> Desktop.visibleWindow(PromptCard.WINDOW_TITLE).isEmpty());
            agent.stop();
        }
    }

    /** A window of another program, focused, that the person is typing in. */
    private void openNotes() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            notes = new JFrame(NOTES);
            notes.add(new JTextArea(10, 40));
            notes.setBounds(80, 120, 500, 300);
            notes.setVisible(true);
        });
        String window = Desktop.awaitWindow(NOTES);
        Desktop.xdotool("windowactivate", "--sync", window);
        Desktop.xdotool("mousemove", "300", "250", "click", "1");
    }
}
