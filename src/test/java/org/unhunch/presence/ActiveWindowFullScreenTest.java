package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where there is no X display to ask; with one, see {@code ActiveWindowFullScreenIT}. */
class ActiveWindowFullScreenTest {

    @Test
    void without_a_display_it_is_unavailable_and_tells_nothing() {
        List<Boolean> told = new ArrayList<>();
        ActiveWindowFullScreen source = new ActiveWindowFullScreen(Map.of("DISPLAY", " "));

        assertThatThrownBy(() -> source.start(told::add)).isInstanceOf(PresenceSource.Unavailable.class)
                .hasMessage("no X display (DISPLAY is not set)");
        assertThat(told).isEmpty();
        source.close();
    }

    @Test
    void linux_watches_full_screen_only_where_there_is_a_display() {
        assertThat(new LinuxSources(Map.of()).presentation()).isEmpty();
        assertThat(new LinuxSources(Map.of("DISPLAY", "")).presentation()).isEmpty();

        List<PresenceSource> withDisplay = new LinuxSources(Map.of("DISPLAY", "any display (not opened here)")).presentation();

        assertThat(withDisplay).singleElement().isInstanceOf(ActiveWindowFullScreen.class)
                .extracting(PresenceSource::signal).isEqualTo(Signal.PRESENTATION);
    }
}
