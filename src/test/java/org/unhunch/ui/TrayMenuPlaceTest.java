package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

class TrayMenuPlaceTest {

    private static final Rectangle SCREEN = new Rectangle(0, 0, 1280, 800);
    private static final Dimension ICON = new Dimension(24, 30);
    private static final Dimension MENU = new Dimension(256, 265);

    @Test
    void from_a_panel_at_the_top_right_the_menu_hangs_below_the_icon_and_ends_at_the_screen_edge() {
        Point at = TrayMenuPlace.of(new Point(1267, 16), ICON, MENU, SCREEN);

        assertThat(at).isEqualTo(new Point(1280 - 256, 31));
        assertThat(new Rectangle(at, MENU).contains(1267, 16)).as("the icon's centre stays uncovered").isFalse();
    }

    @Test
    void from_a_panel_at_the_bottom_the_menu_stands_above_the_icon() {
        Point at = TrayMenuPlace.of(new Point(1267, 785), ICON, MENU, SCREEN);

        assertThat(at.y + MENU.height).isEqualTo(785 - 15);
        assertThat(at.x).isEqualTo(1280 - 256);
    }

    @Test
    void from_the_left_the_menu_starts_at_the_icon_and_never_leaves_the_screen() {
        assertThat(TrayMenuPlace.of(new Point(40, 16), ICON, MENU, SCREEN)).isEqualTo(new Point(28, 31));
        assertThat(TrayMenuPlace.of(new Point(5, 16), ICON, MENU, SCREEN).x).isZero();
    }

    @Test
    void on_a_second_screen_to_the_right_the_menu_stays_on_it() {
        Rectangle second = new Rectangle(1280, 0, 1920, 1080);

        Point at = TrayMenuPlace.of(new Point(3180, 1065), ICON, MENU, second);

        assertThat(second.contains(new Rectangle(at, MENU))).isTrue();
    }

    @Test
    void a_screen_too_short_for_the_menu_either_way_puts_it_below() {
        Point at = TrayMenuPlace.of(new Point(600, 150), ICON, MENU, new Rectangle(0, 0, 1280, 300));

        assertThat(at.y).isEqualTo(165);
    }
}
