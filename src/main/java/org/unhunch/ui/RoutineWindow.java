package org.unhunch.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
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
import org.unhunch.routine.Motion;
import org.unhunch.routine.PacerPhase;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineStep;
import org.unhunch.routine.RoutineStepper;
import org.unhunch.sitting.Observation;

/**
 * The routine, one step at a time: "Step 2 of 6", the step's title and two or three lines of
 * guidance, a figure doing the step's motion beside the pacer inside a countdown ring, the safety
 * note, and Pause, Next, Skip routine. Steps advance on their own; when the last one ends the
 * routine is done, and the window says so. The figure moves at 30 frames a second only while the
 * window is on screen ({@link AnimationGate}); with reduced motion (the system property
 * {@link ReducedMotion}) it shows the key poses, still.
 */
final class RoutineWindow {

    private static final Logger LOG = LoggerFactory.getLogger(RoutineWindow.class);


    private final JFrame frame = new JFrame();
    private final StepText text = new StepText();
    private final JLabel remaining = new JLabel();
    private final PacerView pacer = new PacerView();
    private final FigureView figure = new FigureView();
    private final JPanel stage = new JPanel(new GridLayout(1, 0, 16, 0));
    private final JButton pause = new JButton(Texts.get("routine.pause"));
    private final JButton next = new JButton(Texts.get("routine.next"));
    private final JButton skip = new JButton(Texts.get("routine.skip"));
    private final JButton done = new JButton(Texts.get("routine.done"));
    private final Timer frames = new Timer(AnimationGate.FRAME_MILLIS, event -> refresh());
    private final AnimationGate gate;
    private AnimationGate.Rate rate = AnimationGate.Rate.STOPPED;
    private final RoutineAnswers answers;
    private final LongSupplier clock;
    private final Runnable nextStepSound;
    private RoutineStepper stepper;
    private boolean answered;
    private int shownStep = -1;
    /** The whole seconds left that the window says, so the words are made once a second, not each frame. */
    private long shownLeft = -1;

    /** Where the routine's done or skip goes (the agent's inbox), with how far the person got. */
    @FunctionalInterface
    interface RoutineAnswers {
        void answer(Observation answer, RoutineProgress progress);
    }

    /**
     * @param clock         nanoseconds on the routine's time axis (scaled with the agent in demonstrations)
     * @param nextStepSound played as each step after the first begins
     * @param reducedMotion the figure shows its key poses, still, and the window redraws a few times a
     *                      second ({@link ReducedMotion})
     */
    RoutineWindow(RoutineAnswers answers, LongSupplier clock, Runnable nextStepSound, boolean reducedMotion) {
        this.gate = new AnimationGate(reducedMotion);
        pacer.setReducedMotion(reducedMotion);
        this.answers = answers;
        this.clock = clock;
        this.nextStepSound = nextStepSound;
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                skipOrClose();
            }

            @Override
            public void windowIconified(WindowEvent event) {
                gate.minimised();
                applyRate();
            }

            @Override
            public void windowDeiconified(WindowEvent event) {
                gate.restored();
                applyRate();
                if (rate != AnimationGate.Rate.STOPPED) {
                    refresh();
                }
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
        stage.add(pacer);
        content.add(stage, BorderLayout.CENTER);
        content.add(bottom, BorderLayout.SOUTH);
        frame.setContentPane(content);
        frame.setSize(720, 680);

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
        gate.routineStarted();
        gate.restored();
        refresh();
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        gate.shown();
        applyRate();
    }

    /** Runs {@code hidden} on the event thread each time the window leaves the screen: Done, Skip or closed. */
    void whenHidden(Runnable hidden) {
        frame.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentHidden(ComponentEvent event) {
                hidden.run();
            }
        });
    }

    void hide() {
        gate.hidden();
        applyRate();
        frame.setVisible(false);
    }

    /** Less motion asked for, or no longer: the figure and the pacer follow at once, routine under way or not. */
    void setReducedMotion(boolean reducedMotion) {
        gate.setReducedMotion(reducedMotion);
        pacer.setReducedMotion(reducedMotion);
        applyRate();
        refresh();
    }

    /** Runs the timer as often as the gate says, and says in the log when that changes. */
    private void applyRate() {
        AnimationGate.Rate now = gate.rate();
        if (now == rate) {
            return;
        }
        rate = now;
        LOG.info("Routine window redraws: {}", switch (now) {
            case ANIMATING -> "the figure moves (" + AnimationGate.FRAME_MILLIS + " ms a frame)";
            case KEY_POSES -> "key poses only, reduced motion (" + AnimationGate.KEY_POSE_MILLIS + " ms)";
            case MINIMISED -> "minimised, the routine keeps time (" + AnimationGate.MINIMISED_MILLIS + " ms)";
            case STOPPED -> "stopped";
        });
        if (now == AnimationGate.Rate.STOPPED) {
            frames.stop();
            return;
        }
        frames.setDelay(now.millis());
        frames.setInitialDelay(now.millis());
        frames.restart();
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
            shownLeft = -1;
            LOG.info("Routine step {} of {}: {}", index + 1, stepper.steps().size(), step.id());
            text.show(step, index, stepper.steps().size());
        }
        long left = (stepper.stepRemaining(now).toMillis() + 999) / 1000;
        if (left != shownLeft) {
            shownLeft = left;
            remaining.setText(Texts.get("routine.remaining", String.format("%d:%02d", left / 60, left % 60)));
        }
        PacerPhase phase = stepper.pacerAt(now);
        double share = stepper.stepRemaining(now).toNanos() / (double) step.duration().toNanos();
        pacer.show(phase, step.pacer(), share);
        showFigure(step.motion().orElse(null), phase);
    }

    /** The step's figure beside the pacer; a step without a motion shows the pacer alone. */
    private void showFigure(Motion motion, PacerPhase phase) {
        boolean shown = figure.getParent() == stage;
        if (motion == null) {
            if (shown) {
                stage.remove(figure);
                stage.revalidate();
                stage.repaint();
            }
            return;
        }
        figure.show(motion, phase, gate.reducedMotion());
        if (!shown) {
            stage.add(figure, 0);
            stage.revalidate();
            stage.repaint();
        }
    }

    private void showFinished() {
        gate.routineOver();
        applyRate();
        showFigure(null, null);
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
