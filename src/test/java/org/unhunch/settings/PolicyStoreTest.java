package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.prefs.BackingStoreException;
import org.junit.jupiter.api.Test;
import org.unhunch.testing.MemoryPreferences;

/** Finding 5: a replacement checks every limit before it writes, and a failed write leaves the nodes as they were. */
class PolicyStoreTest {

    private final MemoryPreferences system = new MemoryPreferences();
    private final PolicyStore store = new PolicyStore(system);

    @Test
    void the_nodes_hold_exactly_the_new_values_afterwards() throws BackingStoreException {
        store.replaceWith(Map.of("sit.limit", "50m", "theme", "dark"), Map.of("sounds", "false"));
        store.replaceWith(Map.of("sit.limit", "40m"), Map.of());
        assertThat(store.current()).isEqualTo(Map.of(SettingsStore.DEFAULTS_NODE, Map.of("sit.limit", "40m"),
                SettingsStore.LOCKED_NODE, Map.of()));
    }

    @Test
    void a_value_too_long_for_the_store_is_refused_before_anything_is_written() throws BackingStoreException {
        store.replaceWith(Map.of("sit.limit", "50m"), Map.of("retention.days", "180"));
        Map<String, String> before = system.snapshot();
        assertThatThrownBy(() -> store.replaceWith(Map.of("sit.limit", "40m"),
                Map.of("routine.file", "/" + "a".repeat(10_004))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/org/unhunch/policy/locked: routine.file=/aaa")
                .hasMessageContaining("too long: 10005 characters; at most 8192");
        assertThat(system.snapshot()).isEqualTo(before);
    }

    @Test
    void a_store_that_fails_while_writing_is_put_back_as_it_was() throws BackingStoreException {
        store.replaceWith(Map.of("sit.limit", "50m"), Map.of("retention.days", "180"));
        Map<String, String> before = system.snapshot();
        system.failWrites();
        assertThatThrownBy(() -> store.replaceWith(Map.of("theme", "dark"), Map.of("sounds", "false")))
                .isInstanceOf(BackingStoreException.class);
        assertThat(system.snapshot()).isEqualTo(before);
    }

    @Test
    void nodes_that_were_not_there_are_not_left_behind_by_a_failed_write() throws BackingStoreException {
        system.failWrites();
        assertThatThrownBy(() -> store.replaceWith(Map.of("theme", "dark"), Map.of()))
                .isInstanceOf(BackingStoreException.class);
        assertThat(system.nodeExists(SettingsStore.DEFAULTS_NODE)).isFalse();
        assertThat(system.nodeExists(SettingsStore.LOCKED_NODE)).isFalse();
    }

    @Test
    void show_and_export_make_no_node() throws BackingStoreException {
        assertThat(store.current().values()).allSatisfy(values -> assertThat(values).isEmpty());
        assertThat(PolicyFile.parse(store.export().getBytes(java.nio.charset.StandardCharsets.UTF_8), "export")
                .problems()).isEmpty();
        assertThat(system.nodeExists("org")).isFalse();
    }
}
