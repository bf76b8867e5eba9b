package org.unhunch.presence.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unhunch.presence.AskedSource;
import org.unhunch.presence.PresenceSource;
import org.unhunch.presence.Signal;

class WindowsSourcesTest {

    private final WindowsSources windows = new WindowsSources("10.0");

    @Test
    void each_list_holds_asked_sources_of_its_own_kind_built_without_windows() {
        assertThat(signals(windows.screenLock())).containsExactly(Signal.SCREEN_LOCK);
        assertThat(signals(windows.calls())).containsExactly(Signal.CALL);
        assertThat(signals(windows.presentation())).containsExactly(Signal.PRESENTATION);
        assertThat(signals(windows.doNotDisturb())).containsExactly(Signal.DO_NOT_DISTURB);
        assertThat(windows.idleInhibitors()).isEmpty();
        assertThat(windows.screenLock()).allMatch(AskedSource.class::isInstance);
        assertThat(windows.calls()).allMatch(AskedSource.class::isInstance);
        assertThat(windows.presentation()).allMatch(AskedSource.class::isInstance);
        assertThat(windows.doNotDisturb()).allMatch(AskedSource.class::isInstance);
    }

    @Test
    void the_same_sources_each_time_so_a_flag_and_the_reader_share_them() {
        assertThat(windows.screenLock().get(0)).isSameAs(windows.screenLock().get(0));
        assertThat(windows.calls().get(0)).isSameAs(windows.calls().get(0));
        assertThat(windows.presentation().get(0)).isSameAs(windows.presentation().get(0));
        assertThat(windows.doNotDisturb().get(0)).isSameAs(windows.doNotDisturb().get(0));
    }

    @Test
    void without_windows_libraries_each_source_is_unavailable_at_its_start() {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "Windows has the libraries");
        for (List<PresenceSource> list : List.of(windows.screenLock(), windows.calls(), windows.presentation(),
                windows.doNotDisturb())) {
            PresenceSource source = list.get(0);
            assertThatThrownBy(() -> source.start(on -> { }))
                    .as(source.name()).isInstanceOf(PresenceSource.Unavailable.class);
        }
    }

    private static List<Signal> signals(List<PresenceSource> sources) {
        return sources.stream().map(PresenceSource::signal).toList();
    }
}
