package org.unhunch.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.List;
import java.util.function.LongSupplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.records.RoutineProgress;
import org.unhunch.routine.PacerPhase;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineStep;
import org.unhunch.routine.RoutineStepper;
import org.unhunch.sitting.Observation;

/**
 * The routine, one step at a time: "Step 2 of 6", the step's title and two or three lines of
 * guidance, the pacer inside a countdown ring, the safety note, and Pause, Next, Skip routine.
 * Steps advance on their own; when the last one ends the routine is done, and the window says so.
 */
final class RoutineWindow {

    private static final Logger LOG = LoggerFactory.getLogger(RoutineWindow.class);

    private static final int FRAME_MILLIS = 33;

    private final JFrame frame = new JFrame();
    private final StepText text = new StepText();
    private final JLabel remaining = new JLabel();
    private final PacerView pacer = new PacerView();
    private final JButton pause = new JButton(Texts.get("routine.pause"));
    private final JButton next = new JButton(Texts.get("routine.next"));
    private final JButton skip = new JButton(Texts.get("routine.skip"));
    private final JButton done = new JButton(Texts.get("routine.done"));
    private final Timer frames = new Timer(FRAME_MILLIS, event -> refresh());
    private final RoutineAnswers answers;
    private final LongSupplier clock;
    private final Runnable nextStepSound;
    private RoutineStepper stepper;
    private boolean answered;
    private int shownStep = -1;

    /** Where the routine's done or skip goes (the agent's inbox), with how far the person got. */
    @FunctionalInterface
    interface RoutineAnswers {
        void answer(Observation answer, RoutineProgress progress);
    }

    /**
     * @param clock         nanoseconds on the routine's time axis (scaled with the agent in demonstrations)
     * @param nextStepSound played as each step after the first begins
     */
    RoutineWindow(RoutineAnswers answers, LongSupplier clock, Runnable nextStepSound) {
        this.answers = answers;
        this.clock = clock;
        this.nextStepSound = nextStepSound;
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent event) {
                skipOrClose();
            }
        });
        JLabel safety = new JLabel(Texts.get("routine.safety"));
        safety.setFont(safety.getFont().deriveFont(Font.ITALIC, 12f));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        buttons.add(pause);
        buttons.add(next);
        buttons.add(skip);
        buttons.add(done);
        done.setVisible(false);
        JPanel bottom = new JPanel(new BorderLayout(0, 10));
        bottom.add(remaining, BorderLayout.NORTH);
        bottom.add(buttons, BorderLayout.CENTER);
        bottom.add(safety, BorderLayout.SOUTH);

        JPanel content = new JPanel(new BorderLayout(0, 12));
        content.setBorder(BorderFactory.createEmptyBorder(20, 24, 16, 24));
        content.add(text, BorderLayout.NORTH);
        content.add(pacer, BorderLayout.CENTER);
        content.add(bottom, BorderLayout.SOUTH);
        frame.setContentPane(content);
        frame.setSize(580, 700);

        pause.addActionListener(event -> togglePause());
        next.addActionListener(event -> stepper.next(clock.getAsLong()));
        skip.addActionListener(event -> skipOrClose());
        done.addActionListener(event -> hide());
        pause.setMnemonic('P');
        next.setMnemonic('N');
        skip.setMnemonic('S');
        done.setMnemonic('D');
        for (JButton button : new JButton[] {pause, next, skip, done}) {
            button.getAccessibleContext().setAccessibleName(button.getText());
        }
    }

    /** Starts showing {@code routine} from its first step. */
    void start(Routine routine, List<RoutineStep> steps) {
        stepper = new RoutineStepper(steps, clock.getAsLong());
        answered = false;
        shownStep = -1;
        frame.setTitle(RoutineWords.windowTitle(routine));
        frame.getAccessibleContext().setAccessibleName(RoutineWords.accessibleName(routine));
        pause.setText(Texts.get("routine.pause"));
        for (JButton button : new JButton[] {pause, next, skip}) {
            button.setVisible(true);
        }
        done.setVisible(false);
        refresh();
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        frames.start();
    }

    boolean isShowing() {
        return frame.isVisible();
    }

    void hide() {
        frames.stop();
        frame.setVisible(false);
    }

    /** How many steps were finished, for a routine cut short. */
    int completedSteps() {
        return stepper == null ? 0 : stepper.completedSteps(clock.getAsLong());
    }

    private void togglePause() {
        long now = clock.getAsLong();
        if (stepper.isPaused()) {
            stepper.resume(now);
            pause.setText(Texts.get("routine.pause"));
        } else {
            stepper.pause(now);
            pause.setText(Texts.get("routine.resume"));
        }
    }

    private void skipOrClose() {
        if (!answered) {
            answered = true;
            answers.answer(Observation.SKIP, new RoutineProgress(completedSteps(), stepper.steps().size()));
        }
        hide();
    }

    private void refresh() {
        long now = clock.getAsLong();
        if (stepper.isFinished(now)) {
            showFinished();
            return;
        }
        RoutineStep step = stepper.step(now);
        int index = stepper.stepIndex(now);
        if (index != shownStep) {
            if (shownStep >= 0) {
                nextStepSound.run();
            }
            shownStep = index;
            LOG.info("Routine step {} of {}: {}", index + 1, stepper.steps().size(), step.id());
        }
        text.show(step, index, stepper.steps().size());
        long left = (stepper.stepRemaining(now).toMillis() + 999) / 1000;
        remaining.setText(Texts.get("routine.remaining", String.format("%d:%02d", left / 60, left % 60)));
        PacerPhase phase = stepper.pacerAt(now);
        double share = stepper.stepRemaining(now).toNanos() / (double) step.duration().toNanos();
        pacer.show(phase, step.pacer(), share);
    }

    private void showFinished() {
        frames.stop();
        LOG.info("Routine finished");
        if (!answered) {
            answered = true;
            answers.answer(Observation.DONE, new RoutineProgress(stepper.steps().size(), stepper.steps().size()));
        }
        text.showFinished();
        remaining.setText(" ");
        pacer.showFinished();
        pause.setVisible(false);
        next.setVisible(false);
        skip.setVisible(false);
        done.setVisible(true);
    }
}
