package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** About & privacy says which activity source is in use, and why, in the line the agent hands it. */
class AboutTextTest {

    private static DesktopPresenter.Wiring wiring(String activityInUse) {
        return new DesktopPresenter.Wiring(null, null, null, 1, null, Path.of("/home/x/logs/unhunch.log"),
                activityInUse, null, null, ThisRun.AS_STORED);
    }

    @Test
    void the_about_text_says_which_activity_source_is_in_use_and_why() {
        String line = "Keyboard and mouse: seen through the system's idle time (GNOME idle monitor), because this is"
                + " a Wayland session";
        String about = DesktopPresenter.aboutText("1.0", wiring(line));
        assertThat(about).contains("Keyboard and mouse: seen through the system&#39;s idle time (GNOME idle monitor),"
                + " because this is a Wayland session").contains("Unhunch 1.0").contains("/home/x/logs/unhunch.log");
    }

    @Test
    void the_activity_line_is_shown_as_text_never_as_markup() {
        String about = DesktopPresenter.aboutText("1.0", wiring("idle time, because the desktop is <b>Sway</b>"));
        assertThat(about).contains("because the desktop is &lt;b&gt;Sway&lt;/b&gt;").doesNotContain("<b>Sway");
    }
}
