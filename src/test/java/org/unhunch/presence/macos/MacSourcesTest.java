package org.unhunch.presence.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unhunch.presence.AskedSource;
import org.unhunch.presence.PresenceSource;
import org.unhunch.presence.Signal;
import org.unhunch.testing.PlatformSourceLists;

class MacSourcesTest {

    private final MacSources mac = new MacSources();

    @Test
    void each_list_holds_asked_sources_of_its_own_kind_built_without_macos() {
        assertThat(PlatformSourceLists.signals(mac)).as("no presentation yet, no public do-not-disturb API")
                .containsExactly(List.of(Signal.SCREEN_LOCK), List.of(Signal.IDLE_INHIBITOR), List.of(Signal.CALL),
                        List.of(), List.of());
        assertThat(PlatformSourceLists.all(mac)).allMatch(AskedSource.class::isInstance);
        assertThat(PlatformSourceLists.of(mac)).as("the same instances each time")
                .isEqualTo(PlatformSourceLists.of(mac));
    }

    @Test
    void without_the_macos_frameworks_each_source_is_unavailable_at_its_start() {
        assumeFalse(System.getProperty("os.name").startsWith("Mac"), "macOS has the frameworks");
        for (PresenceSource source : PlatformSourceLists.all(mac)) {
            assertThatThrownBy(() -> source.start(on -> { }))
                    .as(source.name()).isInstanceOf(PresenceSource.Unavailable.class);
        }
    }
}
