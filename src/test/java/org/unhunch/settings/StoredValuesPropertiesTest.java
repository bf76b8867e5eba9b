package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.EdgeCasesMode;
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
 * layer whose value is good, and every bad value or unknown key is said in printable text. Once in
 * memory, once through the JDK's own preference files.
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

    /**
     * The same through the JDK's own files (its {@code FileSystemPreferences}, as on Linux), written by
     * the JDK: a node whose every character XML 1.0 allows is read back exactly as the JDK wrote it;
     * any other (the JDK writes ESC as {@code &#27;}, U+FFFF as it is) is refused and said, never read
     * in part; reading changes no file.
     */
    @Property(tries = 30, edgeCases = EdgeCasesMode.MIXIN)
    void values_the_jdk_wrote_to_its_files_are_read_back_exactly_or_the_node_is_said_unreadable(
            @ForAll("nodes") Map<String, String> defaults, @ForAll("nodes") Map<String, String> user,
            @ForAll("nodes") Map<String, String> locked) throws Exception {
        Assume.that(Stream.of(defaults, user, locked).flatMap(node -> node.entrySet().stream())
                .noneMatch(entry -> hasLoneSurrogate(entry.getKey() + entry.getValue())));
        Preferences userRoot = Preferences.userRoot().node("property-" + UUID.randomUUID());
        Preferences systemRoot = Preferences.systemRoot().node("property-" + UUID.randomUUID());
        try {
            Map<String, Map<String, String>> nodes = Map.of(SettingsStore.DEFAULTS_NODE, defaults,
                    SettingsStore.USER_NODE, user, SettingsStore.LOCKED_NODE, locked);
            Map<String, Preferences> roots = Map.of(SettingsStore.DEFAULTS_NODE, systemRoot,
                    SettingsStore.USER_NODE, userRoot, SettingsStore.LOCKED_NODE, systemRoot);
            for (Map.Entry<String, Map<String, String>> node : nodes.entrySet()) {
                fill(roots.get(node.getKey()), node.getKey(), node.getValue());
                roots.get(node.getKey()).flush();
            }
            Map<Path, byte[]> before = files(userRoot, systemRoot);
            List<String> warnings = new ArrayList<>();

            Map<Setting, SettingsStore.Resolved> all = new SettingsStore(userRoot, systemRoot, warnings::add).all();

            for (Map.Entry<String, Map<String, String>> node : nodes.entrySet()) {
                Path file = NodeFiles.values(roots.get(node.getKey()), node.getKey()).orElseThrow();
                if (xmlText(node.getValue())) {
                    assertThat(NodeFile.read(file)).as(node.getKey()).isEqualTo(node.getValue());
                } else {
                    assertThatThrownBy(() -> NodeFile.read(file)).isInstanceOf(BackingStoreException.class)
                            .hasMessageStartingWith(file + ": ");
                    assertThat(warnings).anySatisfy(warning -> assertThat(warning).contains("(" + node.getKey()
                            + ") cannot be read (" + file + ": "));
                }
            }
            Map<String, String> readable = Map.of();
            for (Setting setting : Setting.values()) {
                assertThat(all.get(setting).layer()).as(setting.key()).isEqualTo(expectedLayer(setting,
                        xmlText(defaults) ? defaults : readable, xmlText(user) ? user : readable,
                        xmlText(locked) ? locked : readable));
            }
            assertThat(warnings).allSatisfy(warning -> assertThat(warning).matches(SettingTextTest::printable));
            assertThat(files(userRoot, systemRoot)).as("reading changed no file")
                    .allSatisfy((file, content) -> assertThat(content).isEqualTo(before.get(file)))
                    .containsOnlyKeys(before.keySet());
        } finally {
            userRoot.removeNode();
            systemRoot.removeNode();
        }
    }

    /** Whether every character of the node is one XML 1.0 allows (the JDK writes others as it cannot read back). */
    private static boolean xmlText(Map<String, String> node) {
        return node.entrySet().stream().allMatch(entry -> (entry.getKey() + entry.getValue()).codePoints()
                .allMatch(c -> c == 0x9 || c == 0xa || c == 0xd || c >= 0x20 && c <= 0xd7ff
                        || c >= 0xe000 && c <= 0xfffd || c >= 0x10000));
    }

    private static boolean hasLoneSurrogate(String text) {
        return text.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    /** Every file under the two roots' folders, with its bytes. */
    private static Map<Path, byte[]> files(Preferences... roots) throws IOException {
        Map<Path, byte[]> files = new java.util.TreeMap<>();
        for (Preferences root : roots) {
            Path folder = NodeFiles.folder(root, "").orElseThrow();
            if (Files.exists(folder)) {
                try (Stream<Path> paths = Files.walk(folder)) {
                    for (Path file : paths.filter(Files::isRegularFile).toList()) {
                        files.put(file, Files.readAllBytes(file));
                    }
                }
            }
        }
        return files;
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
