package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/**
 * The store as read back: a node that cannot be read is said and never written over (issue 9
 * finding 2), in plain words (review finding 10); watching makes no node (issue 9 finding 3).
 */
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

    /** What the JDK wrote for a value with ESC in it before values were checked: XML 1.0 forbids &#27;. */
    private static final String UNREADABLE = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
            <map MAP_XML_VERSION="1.0">
              <entry key="routine.file" value="/tmp/x&#27;y.json"/>
              <entry key="sit.limit" value="50m"/>
            </map>
            """;

    @Test
    void a_node_file_that_cannot_be_read_is_said_naming_it_and_is_never_written_over() throws Exception {
        Files.createDirectories(userFolder);
        Path file = Files.writeString(userFolder.resolve("prefs.xml"), UNREADABLE, StandardCharsets.UTF_8);

        assertThat(store.get(Setting.SIT_LIMIT).layer()).isEqualTo(Layer.BUILT_IN);
        store.all();
        assertThat(warnings).singleElement().asString()
                .startsWith("your settings (org/unhunch/settings) cannot be read (" + file + ": line 4, column ")
                .endsWith("); the layers below are used");

        assertThatThrownBy(() -> store.set("sounds", "false")).isInstanceOf(SettingsUnavailableException.class)
                .hasMessageStartingWith("your settings cannot be saved (" + file + ": line 4")
                .hasMessageEndingWith("; it is not written over: move it away to start afresh)");
        assertThat(file).hasContent(UNREADABLE);
        assertThat(userFolder.resolve("IncorrectFormatPrefs.xml")).doesNotExist();
    }

    @Test
    void a_file_the_jdk_set_aside_is_said_once_in_plain_words() throws Exception {
        Files.createDirectories(userFolder);
        Path keptAside = Files.writeString(userFolder.resolve("IncorrectFormatPrefs.xml"), UNREADABLE,
                StandardCharsets.UTF_8);

        store.all();
        store.all();

        assertThat(warnings).containsExactly("your settings in " + userFolder.resolve("prefs.xml") + " could not be"
                + " read back (the file is not well-formed XML), so Java moved it to " + keptAside + " and they are"
                + " not used; set them again (that file shows them), then delete it");
    }

    @Test
    void a_write_the_jdk_cannot_make_fails_and_the_jdks_later_sync_leaves_the_store_as_it_was() throws Exception {
        store.set("sounds", "false");
        Path file = userFolder.resolve("prefs.xml");
        String before = Files.readString(file, StandardCharsets.UTF_8);
        // The JDK writes prefs.tmp, then renames it: a folder in its place makes every write fail.
        Path obstacle = Files.createDirectory(userFolder.resolve("prefs.tmp"));

        assertThatThrownBy(() -> store.set("sit.limit", "50m")).isInstanceOf(SettingsUnavailableException.class)
                .hasMessageStartingWith("your settings cannot be saved (");
        Files.delete(obstacle);
        Preferences.userRoot().flush();

        assertThat(file).as("after the JDK's sync, as at its 30-second timer or at exit").hasContent(before);
        assertThat(store.get(Setting.SIT_LIMIT).value()).isEqualTo("45m");
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
