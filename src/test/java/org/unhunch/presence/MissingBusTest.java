package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing bus keeps every lock source from starting, and each says which bus, never where. */
class MissingBusTest {

    @TempDir
    Path folder;

    @Test
    void without_either_bus_no_linux_source_watches_and_each_says_which_bus() {
        Map<String, String> env = Map.of("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + folder.resolve("system"),
                "DBUS_SESSION_BUS_ADDRESS", "unix:path=" + folder.resolve("session"));

        for (PresenceSource source : LinuxLockSources.all(env)) {
            assertThatThrownBy(() -> source.start(on -> { }))
                    .isInstanceOf(PresenceSource.Unavailable.class)
                    .hasMessageMatching("no (system|session) bus: .*");
        }
    }
}
