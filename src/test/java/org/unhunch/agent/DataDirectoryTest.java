package org.unhunch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void linux_uses_xdg_data_home_or_the_local_share_folder() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data/ann"), "Linux", "/home/ann"))
                .isEqualTo(Path.of("/data/ann/unhunch"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/unhunch"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/ann"))
                .as("the XDG spec ignores a relative path").isEqualTo(Path.of("/home/ann/.local/share/unhunch"));
    }

    @Test
    void windows_uses_local_app_data() {
        assertThat(DataDirectory.resolve(null, Map.of("LOCALAPPDATA", "C:/Users/ann/AppData/Local"), "Windows 11", "C:/Users/ann"))
                .isEqualTo(Path.of("C:/Users/ann/AppData/Local", "Unhunch"));
    }

    @Test
    void macos_uses_application_support() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/ann"))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Unhunch"));
    }

    @Test
    void the_property_then_the_environment_override_the_platform_folder() {
        assertThat(DataDirectory.resolve("/tmp/p", Map.of(DataDirectory.ENVIRONMENT, "/tmp/e"), "Linux", "/home/ann"))
                .isEqualTo(Path.of("/tmp/p"));
        assertThat(DataDirectory.resolve(null, Map.of(DataDirectory.ENVIRONMENT, "/tmp/e"), "Linux", "/home/ann"))
                .isEqualTo(Path.of("/tmp/e"));
    }
}
