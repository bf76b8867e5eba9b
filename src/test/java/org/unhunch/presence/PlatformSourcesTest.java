package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unhunch.presence.macos.MacSources;
import org.unhunch.presence.windows.WindowsSources;

class PlatformSourcesTest {

    @Test
    void each_platform_gets_its_own_sources_and_an_unknown_one_none() {
        assertThat(PlatformSources.forOs("Windows 11", Map.of())).isInstanceOf(WindowsSources.class);
        assertThat(PlatformSources.forOs("Windows Server 2022", Map.of())).isInstanceOf(WindowsSources.class);
        assertThat(PlatformSources.forOs("Mac OS X", Map.of())).isInstanceOf(MacSources.class);
        assertThat(PlatformSources.forOs("Linux", Map.of())).isInstanceOf(LinuxSources.class);
        assertThat(PlatformSources.forOs("FreeBSD", Map.of())).isSameAs(PlatformSources.NONE);
    }
}
