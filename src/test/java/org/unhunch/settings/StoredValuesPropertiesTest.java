package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.unhunch.testing.MemoryPreferences;

/**
 * The preferences values read back, fuzzed: whatever another program, a hand edit or an older
 * Unhunch left in the three nodes (any key and value up to the JDK's own limits), reading never
 * throws and never changes the store; each setting is one its checks allow, from the highest
 * layer whose value is good, and every bad value or unknown key is said in printable text.
 */
class StoredValuesPropertiesTest {

    @Property(tries = 400)
    void reading_any_store_gives_allowed_values_and_changes_nothing(@ForAll("nodes") Map<String, String> defaults,
                                                                     @ForAll("nodes") Map<String, String> user,
                                                                     @ForAll("nodes") Map<String, String> locked)
            throws BackingStoreException {
        MemoryPreferences userRoot = new MemoryPreferences();
        MemoryPreferences systemRoot = new MemoryPreferences();
        fill(systemRoot, SettingsStore.DEFAULTS_NODE, defaults);
        fill(userRoot, SettingsStore.USER_NODE, user);
        fill(systemRoot, SettingsStore.LOCKED_NODE, locked);
        Map<String, String> before = userRoot.snapshot();
        before.putAll(systemRoot.snapshot());
        List<String> warnings = new ArrayList<>();

        Map<Setting, SettingsStore.Resolved> all = new SettingsStore(userRoot, systemRoot, warnings::add).all();

        for (Setting setting : Setting.values()) {
            SettingsStore.Resolved resolved = all.get(setting);
            assertThat(setting.check(resolved.value())).isEqualTo(resolved.value());
            assertThat(resolved.layer()).isEqualTo(expectedLayer(setting, defaults, user, locked));
        }
        assertThat(warnings).allSatisfy(warning -> assertThat(warning).matches(SettingTextTest::printable));
        Map<String, String> after = userRoot.snapshot();
        after.putAll(systemRoot.snapshot());
        assertThat(after).as("reading changed nothing").isEqualTo(before);
        SettingsStore.modelSettings(all);
        SettingsStore.workingHours(all);
    }

    /** The highest layer with a value the setting allows: its stored key's, else its written key's. */
    private static Layer expectedLayer(Setting setting, Map<String, String> defaults, Map<String, String> user,
                                       Map<String, String> locked) {
        Layer layer = Layer.BUILT_IN;
        for (Map.Entry<Layer, Map<String, String>> node : List.of(Map.entry(Layer.ORGANISATION_DEFAULT, defaults),
                Map.entry(Layer.USER, user), Map.entry(Layer.ORGANISATION_LOCK, locked))) {
            if (allowed(setting, node.getValue())) {
                layer = node.getKey();
            }
        }
        return layer;
    }

    private static boolean allowed(Setting setting, Map<String, String> node) {
        String value = node.getOrDefault(setting.storedKey(), node.get(setting.key()));
        try {
            return value != null && setting.check(value) != null;
        } catch (InvalidSettingException e) {
            return false;
        }
    }

    private static void fill(Preferences root, String path, Map<String, String> values) {
        if (!values.isEmpty()) {
            Preferences node = root.node(path);
            values.forEach(node::put);
        }
    }

    /** The JDK refuses U+0000 in keys and values. */
    private static boolean storable(String text) {
        return text.indexOf('\u0000') < 0;
    }

    @Provide
    Arbitrary<Map<String, String>> nodes() {
        Arbitrary<String> key = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(Setting.values()).map(Setting::storedKey)),
                Tuple.of(2, Arbitraries.just(Setting.PROMPT_MAX_WAIT.key())),
                Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(Preferences.MAX_KEY_LENGTH)
                        .filter(StoredValuesPropertiesTest::storable)),
                Tuple.of(1, Arbitraries.just("k".repeat(Preferences.MAX_KEY_LENGTH))));
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(Setting.values()).map(Setting::defaultValue)),
                Tuple.of(3, Arbitraries.of("50m", "1h61m", "0h50m", "08:00", "08:00:30", "+30", "180", "mon,,fri",
                        "dark", "TRUE", " 5m", "/tmp/x\u001by", "\uffff", "\ud800", "")),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(30).filter(StoredValuesPropertiesTest::storable)),
                Tuple.of(1, Arbitraries.integers().between(Preferences.MAX_VALUE_LENGTH - 2, Preferences.MAX_VALUE_LENGTH)
                        .map(length -> "/" + "a".repeat(length - 1))));
        return Combinators.combine(key, value).as(Map::entry).list().ofMaxSize(6)
                .map(entries -> {
                    Map<String, String> node = new java.util.TreeMap<>();
                    entries.forEach(entry -> node.put(entry.getKey(), entry.getValue()));
                    return node;
                });
    }
}
