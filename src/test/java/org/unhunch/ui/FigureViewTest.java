package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unhunch.routine.Motion;
import org.unhunch.routine.PacerPhase;
import org.unhunch.routine.PacerPhase.Cue;

/**
 * The figure is drawn for every motion, moves between the ends of a breath, and says what it shows.
 * Each drawing is also written to target/figures/ for people to look at, light and dark.
 */
class FigureViewTest {

    private static BufferedImage paint(Motion motion, PacerPhase phase, boolean dark, boolean keyPoses) {
        Theme.install(dark);
        FigureView figure = new FigureView();
        figure.show(motion, phase, keyPoses);
        return paint(figure);
    }

    private static BufferedImage paint(FigureView figure) {
        JPanel parent = new JPanel();
        parent.add(figure);
        figure.setSize(300, 300);
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(parent.getBackground());
        g.fillRect(0, 0, 300, 300);
        figure.paint(g);
        g.dispose();
        return image;
    }

    private static long differing(BufferedImage a, BufferedImage b) {
        long count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                count += a.getRGB(x, y) == b.getRGB(x, y) ? 0 : 1;
            }
        }
        return count;
    }

    private static long inked(BufferedImage image) {
        int background = image.getRGB(0, 0);
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += image.getRGB(x, y) == background ? 0 : 1;
            }
        }
        return count;
    }

    private static void save(BufferedImage image, String name) throws Exception {
        Path folder = Path.of("target", "figures");
        Files.createDirectories(folder);
        ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
    }

    @ParameterizedTest
    @EnumSource(Motion.class)
    void every_motion_is_drawn_and_moves_between_the_ends_of_a_breath(Motion motion) throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            BufferedImage inhaled = paint(motion, new PacerPhase(Cue.INHALE, 1), dark, false);
            BufferedImage exhaled = paint(motion, new PacerPhase(Cue.EXHALE, 1), dark, false);
            assertThat(inhaled.getRGB(0, 0)).as("the corner is background").isNotEqualTo(Color.BLACK.getRGB() + 1);
            assertThat(inked(inhaled)).as("%s %s drawn", motion, theme).isGreaterThan(3000);
            assertThat(differing(inhaled, exhaled)).as("%s moves", motion).isGreaterThan(300);
            save(inhaled, motion.id() + "-inhaled-" + theme);
            save(exhaled, motion.id() + "-exhaled-" + theme);
            save(paint(motion, new PacerPhase(Cue.LEFT, 0.5), dark, false), motion.id() + "-left-" + theme);
            save(paint(motion, new PacerPhase(Cue.RIGHT, 0.5), dark, false), motion.id() + "-right-" + theme);
        }
    }

    @Test
    void a_figure_shown_one_motion_after_another_draws_the_last_as_a_new_one_would() {
        Theme.install(false);
        FigureView figure = new FigureView();
        figure.show(Motion.THORACIC_EXTENSION, new PacerPhase(Cue.HOLD, 0.9), false);
        paint(figure);
        figure.show(Motion.DIAPHRAGMATIC_BREATH, new PacerPhase(Cue.INHALE, 0.2), false);
        BufferedImage after = paint(figure);
        assertThat(differing(after, paint(Motion.DIAPHRAGMATIC_BREATH, new PacerPhase(Cue.INHALE, 0.2), false, false)))
                .isZero();
        assertThat(figure.getAccessibleContext().getAccessibleDescription())
                .isEqualTo(FigureView.description(Motion.DIAPHRAGMATIC_BREATH));
    }

    @Test
    void rotation_to_the_left_and_to_the_right_are_drawn_differently() {
        BufferedImage left = paint(Motion.ROTATION, new PacerPhase(Cue.LEFT, 0.5), false, false);
        BufferedImage right = paint(Motion.ROTATION, new PacerPhase(Cue.RIGHT, 0.5), false, false);
        assertThat(differing(left, right)).isGreaterThan(1000);
    }

    @ParameterizedTest
    @EnumSource(Motion.class)
    void every_motion_has_an_accessible_description(Motion motion) {
        FigureView figure = new FigureView();
        figure.show(motion, new PacerPhase(Cue.HOLD, 0), false);
        assertThat(Texts.has("routine.motion." + motion.id())).as(motion.id()).isTrue();
        assertThat(figure.getAccessibleContext().getAccessibleDescription())
                .isEqualTo(FigureView.description(motion)).hasSizeGreaterThan(30);
        assertThat(figure.getAccessibleContext().getAccessibleName()).isNotBlank();
    }
}
