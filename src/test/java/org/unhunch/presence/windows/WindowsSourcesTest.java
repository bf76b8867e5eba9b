package org.unhunch.presence.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unhunch.presence.AskedSource;
import org.unhunch.presence.PresenceSource;
import org.unhunch.presence.Signal;
import org.unhunch.testing.PlatformSourceLists;

class WindowsSourcesTest {

    private final WindowsSources windows = new WindowsSources("10.0");

    @Test
    void each_list_holds_asked_sources_of_its_own_kind_built_without_windows() {
        assertThat(PlatformSourceLists.signals(windows)).containsExactly(List.of(Signal.SCREEN_LOCK), List.of(),
                List.of(Signal.CALL), List.of(Signal.PRESENTATION), List.of(Signal.DO_NOT_DISTURB));
        assertThat(PlatformSourceLists.all(windows)).allMatch(AskedSource.class::isInstance);
        assertThat(PlatformSourceLists.of(windows)).as("the same instances each time")
                .isEqualTo(PlatformSourceLists.of(windows));
    }

    @Test
    void without_windows_libraries_each_source_is_unavailable_at_its_start() {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "Windows has the libraries");
        for (PresenceSource source : PlatformSourceLists.all(windows)) {
            assertThatThrownBy(() -> source.start(on -> { }))
                    .as(source.name()).isInstanceOf(PresenceSource.Unavailable.class);
        }
    }
}
