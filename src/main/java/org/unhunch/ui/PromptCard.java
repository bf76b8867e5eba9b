package org.unhunch.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsEnvironment;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.MouseInfo;
import java.awt.PointerInfo;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Set;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import javax.swing.SwingConstants;
import org.unhunch.presence.Signal;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineStep;
import org.unhunch.sitting.Observation;

/**
 * The small card that offers a break, at the corner of the screen the pointer is on. It never
 * takes the keyboard from what the person is typing in: it is shown without focus, and takes the
 * keyboard only when the person presses on it, so its {@link #keys keys} then work. Start, Snooze
 * and Skip go to the model as answers.
 */
final class PromptCard {

    static final String WINDOW_TITLE = "Unhunch - time for a break";
    static final int WIDTH = 460;
    static final int HEIGHT = 150;
    static final int PADDING = 16;
    static final int BUTTON_HEIGHT = 34;
    static final int GAP = 8;
    static final int MARGIN = 24;
    static final String SNOOZE_ON_ESCAPE = "unhunch.snooze";

    private final JFrame frame = new JFrame(WINDOW_TITLE);
    private boolean reducedMotion;
    private final JLabel message = new JLabel();
    private final JButton start = new JButton(Texts.get("prompt.start"));
    private final JButton snooze = new JButton();
    private final JButton skip = new JButton(Texts.get("prompt.skip"));

    void setSnoozeMinutes(long snoozeMinutes) {
        snooze.setText(Texts.get("prompt.snooze", snoozeMinutes));
        snooze.getAccessibleContext().setAccessibleName(snooze.getText());
    }

    /** @param reducedMotion the card comes at once, without fading in ({@link ReducedMotion}) */
    PromptCard(Answers answers, long snoozeMinutes, boolean reducedMotion) {
        this.reducedMotion = reducedMotion;
        frame.setUndecorated(true);
        frame.setType(Window.Type.UTILITY);
        frame.setAlwaysOnTop(true);
        frame.setFocusableWindowState(false);
        frame.setAutoRequestFocus(false);
        frame.getAccessibleContext().setAccessibleName(Texts.get("prompt.accessible"));

        setSnoozeMinutes(snoozeMinutes);
        // Closed by the window manager (Alt+F4 once it has the keyboard): "not now", as Escape says.
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                snooze.doClick(0);
            }
        });
        start.addActionListener(event -> answers.answer(Observation.START));
        snooze.addActionListener(event -> answers.answer(Observation.SNOOZE));
        skip.addActionListener(event -> answers.answer(Observation.SKIP));
        keys(frame.getRootPane(), start, snooze, skip);
        for (JButton button : new JButton[] {start, snooze, skip}) {
            button.getAccessibleContext().setAccessibleName(button.getText());
        }

        message.setVerticalAlignment(SwingConstants.TOP);
        JPanel buttons = new JPanel(new GridLayout(1, 3, GAP, 0));
        buttons.setPreferredSize(new Dimension(WIDTH - 2 * PADDING, BUTTON_HEIGHT));
        buttons.add(start);
        buttons.add(snooze);
        buttons.add(skip);
        JPanel content = new JPanel(new BorderLayout(0, GAP));
        content.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(content.getForeground().darker(), 1),
                BorderFactory.createEmptyBorder(PADDING - 1, PADDING - 1, PADDING - 1, PADDING - 1)));
        content.add(message, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        frame.setContentPane(content);
        frame.setSize(WIDTH, HEIGHT);

        MouseAdapter takeKeyboardWhenPressed = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent event) {
                takeKeyboard();
            }
        };
        for (java.awt.Component part : new java.awt.Component[] {content, message, buttons}) {
            part.addMouseListener(takeKeyboardWhenPressed);
        }
    }

    /**
     * The card's keys, which work once it has the keyboard: Alt+S starts, Alt+N snoozes, Alt+K skips;
     * Enter starts and Escape snoozes (not now), as in a dialog.
     */
    static void keys(JRootPane root, JButton start, JButton snooze, JButton skip) {
        start.setMnemonic(KeyEvent.VK_S);
        snooze.setMnemonic(KeyEvent.VK_N);
        skip.setMnemonic(KeyEvent.VK_K);
        root.setDefaultButton(start);
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                SNOOZE_ON_ESCAPE);
        root.getActionMap().put(SNOOZE_ON_ESCAPE, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent event) {
                snooze.doClick(0);
            }
        });
    }

    /**
     * The person pressed on the card: it becomes focusable and asks for the keyboard at once, as a
     * window that may be brought forward (shown without focus, it could not be), and its window-wide
     * keys are bound again (Swing binds them only in a window that is focusable).
     */
    private void takeKeyboard() {
        if (frame.isFocused()) {
            return;
        }
        frame.setFocusableWindowState(true);
        frame.setAutoRequestFocus(true);
        bindWindowKeysAgain(frame.getRootPane());
        frame.toFront();
        start.requestFocus();
    }

    private static void bindWindowKeysAgain(JComponent component) {
        component.setInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW,
                component.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW));
        for (java.awt.Component child : component.getComponents()) {
            if (child instanceof JComponent inner) {
                bindWindowKeysAgain(inner);
            }
        }
    }

    /** Whether the card comes without fading in, from its next showing. */
    void setReducedMotion(boolean reducedMotion) {
        this.reducedMotion = reducedMotion;
    }

    /**
     * Offers {@code routine}, whose {@code steps} are those it will guide (for the person's equipment),
     * after a hold for {@code heldBefore} (empty when the prompt was not held).
     */
    void show(long sittingMinutes, Set<Signal> heldBefore, Routine routine, List<RoutineStep> steps) {
        message.setText(HeldWords.offer(sittingMinutes, heldBefore, routine, steps));
        frame.setFocusableWindowState(false);
        frame.setAutoRequestFocus(false);
        frame.setLocation(cornerOfPointersScreen());
        FadeIn.show(frame, reducedMotion);
    }

    void hide() {
        frame.setVisible(false);
    }

    boolean isShowing() {
        return frame.isVisible();
    }

    /** The bottom-right corner of the usable area of the screen the pointer is on. */
    private static java.awt.Point cornerOfPointersScreen() {
        PointerInfo pointer = MouseInfo.getPointerInfo();
        GraphicsConfiguration screen = pointer != null ? pointer.getDevice().getDefaultConfiguration()
                : GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration();
        Rectangle bounds = screen.getBounds();
        Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(screen);
        return new java.awt.Point(bounds.x + bounds.width - insets.right - WIDTH - MARGIN,
                bounds.y + bounds.height - insets.bottom - HEIGHT - MARGIN);
    }
}
