package org.unhunch.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the buses are found, and what is said when they are not: never the address itself. */
class DbusBusTest {

    @TempDir
    Path folder;

    @Test
    void the_address_the_environment_gives_is_used_when_its_socket_is_there() throws Exception {
        Path socket = Files.createFile(folder.resolve("system_bus_socket"));
        String address = "unix:path=" + socket + ",guid=0123";

        assertThat(DbusBus.SYSTEM.address(Map.of("DBUS_SYSTEM_BUS_ADDRESS", address))).isEqualTo(address);
    }

    @Test
    void the_first_socket_file_of_several_addresses_is_used() throws Exception {
        Path socket = Files.createFile(folder.resolve("bus"));

        assertThat(DbusBus.SESSION.address(Map.of("DBUS_SESSION_BUS_ADDRESS",
                "unix:abstract=/tmp/dbus-x;unix:path=" + socket))).isEqualTo("unix:path=" + socket);
    }

    @Test
    void a_session_bus_in_the_runtime_folder_is_found_without_the_variable() throws Exception {
        Path socket = Files.createFile(folder.resolve("bus"));

        assertThat(DbusBus.SESSION.address(Map.of("XDG_RUNTIME_DIR", folder.toString())))
                .isEqualTo("unix:path=" + socket);
    }

    @Test
    void no_session_bus_is_said_by_the_variable_that_is_missing() {
        assertThatThrownBy(() -> DbusBus.SESSION.address(Map.of("XDG_RUNTIME_DIR", folder.toString())))
                .isInstanceOf(BusUnavailableException.class)
                .hasMessage("no session bus: DBUS_SESSION_BUS_ADDRESS is not set");
    }

    @Test
    void a_missing_socket_is_said_without_its_path() {
        String address = "unix:path=" + folder.resolve("gone");

        assertThatThrownBy(() -> DbusBus.SYSTEM.address(Map.of("DBUS_SYSTEM_BUS_ADDRESS", address)))
                .isInstanceOf(BusUnavailableException.class)
                .hasMessage("no system bus: there is no socket where DBUS_SYSTEM_BUS_ADDRESS says");
    }

    @Test
    void an_abstract_socket_is_said_to_be_out_of_reach() {
        assertThatThrownBy(() -> DbusBus.SESSION.address(Map.of("DBUS_SESSION_BUS_ADDRESS",
                "unix:abstract=/tmp/dbus-secret,guid=42")))
                .isInstanceOf(BusUnavailableException.class)
                .hasMessageContaining("not on a socket file")
                .hasMessageNotContaining("secret");
    }
}
