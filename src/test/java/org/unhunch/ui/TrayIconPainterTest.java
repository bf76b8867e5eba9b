package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tray icon is drawn for the size the tray asks for, and every state looks different. */
class TrayIconPainterTest {

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static long opaque(BufferedImage image) {
        return Arrays.stream(pixels(image)).filter(argb -> (argb >>> 24) > 128).count();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {16, 22, 24, 32, 48, 64, 96})
    void each_state_is_drawn_at_the_exact_size_and_differs_from_the_others(int size) {
        Map<TrayIconPainter.Look, BufferedImage> images = new EnumMap<>(TrayIconPainter.Look.class);
        for (TrayIconPainter.Look look : TrayIconPainter.Look.values()) {
            BufferedImage image = TrayIconPainter.paint(size, look, 0.5);
            assertThat(image.getWidth()).isEqualTo(size);
            assertThat(image.getHeight()).isEqualTo(size);
            assertThat(opaque(image)).as("%s has visible pixels", look).isGreaterThan(size);
            images.put(look, image);
        }
        for (TrayIconPainter.Look a : TrayIconPainter.Look.values()) {
            for (TrayIconPainter.Look b : TrayIconPainter.Look.values()) {
                if (a.ordinal() < b.ordinal()) {
                    assertThat(pixels(images.get(a))).as("%s vs %s", a, b).isNotEqualTo(pixels(images.get(b)));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {16, 32, 48})
    void the_ring_fills_as_sitting_time_grows(int size) {
        long early = opaque(TrayIconPainter.paint(size, TrayIconPainter.Look.SITTING, 0.1));
        long late = opaque(TrayIconPainter.paint(size, TrayIconPainter.Look.SITTING, 0.9));
        assertThat(late).isGreaterThanOrEqualTo(early);
        assertThat(pixels(TrayIconPainter.paint(size, TrayIconPainter.Look.SITTING, 0.1)))
                .isNotEqualTo(pixels(TrayIconPainter.paint(size, TrayIconPainter.Look.SITTING, 0.9)));
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {16, 48})
    void paused_and_due_differ_in_shape_not_only_in_colour(int size) {
        assertThat(shape(TrayIconPainter.paint(size, TrayIconPainter.Look.PAUSED, 0.5)))
                .isNotEqualTo(shape(TrayIconPainter.paint(size, TrayIconPainter.Look.DUE, 0.5)));
        assertThat(shape(TrayIconPainter.paint(size, TrayIconPainter.Look.ROUTINE, 0.5)))
                .isNotEqualTo(shape(TrayIconPainter.paint(size, TrayIconPainter.Look.AWAY, 0.5)));
    }

    /** Which pixels are drawn, ignoring their colour. */
    private static boolean[] shape(BufferedImage image) {
        int[] argb = pixels(image);
        boolean[] drawn = new boolean[argb.length];
        for (int i = 0; i < argb.length; i++) {
            drawn[i] = (argb[i] >>> 24) > 128;
        }
        return drawn;
    }

    @org.junit.jupiter.api.Test
    void on_a_hidpi_screen_the_tray_finds_a_variant_drawn_for_its_scale() {
        java.awt.image.BaseMultiResolutionImage icon = TrayIconPainter.paintAllScales(24,
                TrayIconPainter.Look.SITTING, 0.5);
        assertThat(icon.getResolutionVariants()).extracting(variant -> variant.getWidth(null))
                .containsExactly(24, 30, 36, 42, 48, 72);
        assertThat(icon.getResolutionVariant(48, 48).getWidth(null)).as("200 %").isEqualTo(48);
        assertThat(icon.getResolutionVariant(36, 36).getWidth(null)).as("150 %").isEqualTo(36);
    }
}
