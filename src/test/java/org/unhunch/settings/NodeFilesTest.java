package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.unhunch.testing.MemoryPreferences;

/** Which stores the JDK keeps in files, and where, decided by the store and not by the system's name. */
class NodeFilesTest {

    private static final Path USER = Path.of(System.getProperty("java.util.prefs.userRoot"), ".java", ".userPrefs");
    private static final Path SYSTEM = Path.of(System.getProperty("java.util.prefs.systemRoot"), ".systemPrefs");

    @Test
    void the_jdks_file_store_has_a_folder_a_node_under_its_root_folder() {
        assertThat(NodeFiles.keptInFiles(Preferences.userRoot())).isTrue();
        assertThat(NodeFiles.values(Preferences.userRoot(), SettingsStore.USER_NODE))
                .contains(USER.resolve("org/unhunch/settings/prefs.xml"));
        assertThat(NodeFiles.folder(Preferences.systemRoot().node("test-a"), SettingsStore.LOCKED_NODE))
                .contains(SYSTEM.resolve("test-a/org/unhunch/policy/locked"));
        assertThat(NodeFiles.rootFolder(Preferences.userRoot().node("test-a"))).isEqualTo(USER);
        assertThat(NodeFiles.rootFolder(Preferences.systemRoot())).isEqualTo(SYSTEM);
    }

    @Test
    void a_store_in_memory_as_the_registry_or_a_property_list_has_no_files() {
        assertThat(NodeFiles.keptInFiles(new MemoryPreferences())).isFalse();
        assertThat(NodeFiles.folder(new MemoryPreferences(), SettingsStore.USER_NODE)).isEmpty();
    }

    @Test
    void a_node_whose_folder_name_the_jdk_encodes_is_not_looked_for() {
        assertThat(NodeFiles.folder(Preferences.userRoot(), "org/un.hunch")).isEmpty();
        assertThat(NodeFiles.folder(Preferences.userRoot(), "org/un_hunch")).isEmpty();
    }
}
