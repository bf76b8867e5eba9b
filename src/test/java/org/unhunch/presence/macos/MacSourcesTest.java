package org.unhunch.presence.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unhunch.presence.AskedSource;
import org.unhunch.presence.PresenceSource;
import org.unhunch.presence.Signal;

class MacSourcesTest {

    private final MacSources mac = new MacSources();

    @Test
    void each_list_holds_asked_sources_of_its_own_kind_built_without_macos() {
        assertThat(signals(mac.screenLock())).containsExactly(Signal.SCREEN_LOCK);
        assertThat(signals(mac.idleInhibitors())).containsExactly(Signal.IDLE_INHIBITOR);
        assertThat(signals(mac.calls())).containsExactly(Signal.CALL);
        assertThat(mac.presentation()).isEmpty();
        assertThat(mac.doNotDisturb()).as("macOS has no public do-not-disturb API").isEmpty();
        assertThat(mac.screenLock()).allMatch(AskedSource.class::isInstance);
        assertThat(mac.idleInhibitors()).allMatch(AskedSource.class::isInstance);
        assertThat(mac.calls()).allMatch(AskedSource.class::isInstance);
    }

    @Test
    void the_same_sources_each_time_so_a_flag_and_the_reader_share_them() {
        assertThat(mac.screenLock().get(0)).isSameAs(mac.screenLock().get(0));
        assertThat(mac.idleInhibitors().get(0)).isSameAs(mac.idleInhibitors().get(0));
        assertThat(mac.calls().get(0)).isSameAs(mac.calls().get(0));
    }

    @Test
    void without_the_macos_frameworks_each_source_is_unavailable_at_its_start() {
        assumeFalse(System.getProperty("os.name").startsWith("Mac"), "macOS has the frameworks");
        for (List<PresenceSource> list : List.of(mac.screenLock(), mac.idleInhibitors(), mac.calls())) {
            PresenceSource source = list.get(0);
            assertThatThrownBy(() -> source.start(on -> { }))
                    .as(source.name()).isInstanceOf(PresenceSource.Unavailable.class);
        }
    }

    private static List<Signal> signals(List<PresenceSource> sources) {
        return sources.stream().map(PresenceSource::signal).toList();
    }
}
