package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store as read back: a node the JDK cannot read is said (finding 2); watching makes no node (finding 3). */
class StoreReadBackTest {

    private final Preferences user = Preferences.userRoot().node("test-" + UUID.randomUUID());
    private final Preferences system = Preferences.systemRoot().node("test-" + UUID.randomUUID());
    private final List<String> warnings = new ArrayList<>();
    private final SettingsStore store = new SettingsStore(user, system, warnings::add);
    private final Path userFolder = Path.of(System.getProperty("java.util.prefs.userRoot"), ".java", ".userPrefs",
            user.name(), "org", "unhunch", "settings");

    @AfterEach
    void removeNodes() throws Exception {
        Files.deleteIfExists(userFolder.resolve("IncorrectFormatPrefs.xml"));
        user.removeNode();
        system.removeNode();
    }

    @Test
    void a_store_the_jdk_cannot_read_back_is_said_once_naming_the_file_it_kept_aside() throws Exception {
        Files.createDirectories(userFolder);
        // What the JDK wrote for a value with ESC in it before values were checked: XML 1.0 forbids &#27;.
        Files.writeString(userFolder.resolve("prefs.xml"), """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <map MAP_XML_VERSION="1.0">
                  <entry key="routine.file" value="/tmp/x&#27;y.json"/>
                  <entry key="sit.limit" value="50m"/>
                </map>
                """, StandardCharsets.UTF_8);

        assertThat(store.get(Setting.SIT_LIMIT).layer()).as("the JDK read the node as empty").isEqualTo(Layer.BUILT_IN);
        store.all();

        Path keptAside = userFolder.resolve("IncorrectFormatPrefs.xml");
        assertThat(keptAside).exists().content().contains("sit.limit");
        assertThat(warnings).singleElement().asString()
                .contains("your setting values in " + userFolder.resolve("prefs.xml") + " could not be read back")
                .contains("Java moved it to " + keptAside);
    }

    @Test
    void watching_for_changes_makes_no_node_and_hears_of_this_stores_own_writes() throws BackingStoreException {
        AtomicInteger told = new AtomicInteger();
        store.onChange(told::incrementAndGet);
        assertThat(user.nodeExists(SettingsStore.USER_NODE)).as("no node made to watch it").isFalse();
        assertThat(system.nodeExists(SettingsStore.LOCKED_NODE)).isFalse();

        store.set("sit.limit", "50m");
        store.reset("sit.limit");
        assertThat(told).hasValue(2);
    }
}
