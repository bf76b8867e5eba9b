package org.unhunch.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The organisation's two layers in the system preferences: shown, exported and replaced whole. It
 * never makes a node in order to read one. A replacement checks every value and every limit of the
 * store before it writes anything, and a failure while writing puts back what was there.
 */
public final class PolicyStore {

    public static final String POLICY_NODE = "org/unhunch/policy";
    static final List<String> NODES = List.of(SettingsStore.DEFAULTS_NODE, SettingsStore.LOCKED_NODE);

    private final Preferences systemRoot;

    /** @param systemRoot the machine's preferences root ({@code Preferences.systemRoot()}) */
    public PolicyStore(Preferences systemRoot) {
        this.systemRoot = systemRoot;
    }

    /** Each node's entries as stored (not checked), key to value, by node path; empty for a missing node. */
    public Map<String, Map<String, String>> current() throws BackingStoreException {
        Map<String, Map<String, String>> current = new LinkedHashMap<>();
        for (String path : NODES) {
            current.put(path, read(path).orElse(Map.of()));
        }
        return current;
    }

    /**
     * Makes the two nodes hold exactly {@code defaults} and {@code locked}.
     *
     * @throws IllegalArgumentException naming the entry, before anything is written, if a value is not
     *                                  one its setting allows or does not fit the store
     * @throws BackingStoreException    if the store cannot be written; the nodes are then as they were
     */
    public void replaceWith(Map<String, String> defaults, Map<String, String> locked) throws BackingStoreException {
        Map<String, Map<String, String>> wanted = Map.of(SettingsStore.DEFAULTS_NODE, defaults,
                SettingsStore.LOCKED_NODE, locked);
        wanted.forEach(PolicyStore::checkFits);
        Map<String, Optional<Map<String, String>>> before = new LinkedHashMap<>();
        for (String path : NODES) {
            before.put(path, read(path));
        }
        try {
            for (String path : NODES) {
                write(systemRoot.node(path), wanted.get(path));
            }
            systemRoot.node(POLICY_NODE).flush();
        } catch (BackingStoreException | RuntimeException e) {
            restore(before, e);
            throw e;
        }
    }

    /** The policy in the JDK's preferences format, as {@code policy import} reads it. */
    public String export() throws BackingStoreException {
        Map<String, Map<String, String>> current = current();
        current.forEach((path, values) -> values.forEach((key, value) -> SettingText.characterProblem(key + value)
                .ifPresent(problem -> {
                    throw new IllegalStateException("/" + path + ": " + SettingText.quote(key) + "="
                            + SettingText.quote(value) + ": " + problem + "; it cannot be written in a policy file");
                })));
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
                .append(PreferencesXml.STANDARD_DOCTYPE).append('\n')
                .append("<preferences EXTERNAL_XML_VERSION=\"1.0\">\n")
                .append("  <root type=\"system\">\n    <map/>\n")
                .append("    <node name=\"org\">\n      <map/>\n")
                .append("      <node name=\"unhunch\">\n        <map/>\n")
                .append("        <node name=\"policy\">\n          <map/>\n");
        current.forEach((path, values) -> {
            xml.append("          <node name=\"").append(path.substring(path.lastIndexOf('/') + 1)).append("\">\n");
            if (values.isEmpty()) {
                xml.append("            <map/>\n");
            } else {
                xml.append("            <map>\n");
                new TreeMap<>(values).forEach((key, value) -> xml.append("              <entry key=\"")
                        .append(attribute(key)).append("\" value=\"").append(attribute(value)).append("\"/>\n"));
                xml.append("            </map>\n");
            }
            xml.append("          </node>\n");
        });
        return xml.append("        </node>\n      </node>\n    </node>\n  </root>\n</preferences>\n").toString();
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Every limit checked before writing: the setting allows the value, and the store takes key and value. */
    private static void checkFits(String path, Map<String, String> values) {
        values.forEach((key, value) -> {
            String entry = "/" + path + ": " + SettingText.quote(key) + "=" + SettingText.quote(value) + ": ";
            if (key.length() > Preferences.MAX_KEY_LENGTH) {
                throw new IllegalArgumentException(entry + "the key is longer than " + Preferences.MAX_KEY_LENGTH);
            }
            if (value.length() > Preferences.MAX_VALUE_LENGTH) {
                throw new IllegalArgumentException(entry + "too long: " + value.length() + " characters; at most "
                        + Preferences.MAX_VALUE_LENGTH);
            }
            Setting setting = Setting.byKey(key).filter(known -> known.storedKey().equals(key)).orElseThrow(
                    () -> new IllegalArgumentException(entry + "not a stored key of a setting"));
            if (!setting.check(value).equals(value)) {
                throw new IllegalArgumentException(entry + "not written as stored (" + setting.check(value) + ")");
            }
        });
    }

    private Optional<Map<String, String>> read(String path) throws BackingStoreException {
        return StoredNode.jdkCopy(systemRoot, path);
    }

    /** New values first, then the keys that are no longer wanted go: never an empty node in between. */
    private static void write(Preferences node, Map<String, String> values) throws BackingStoreException {
        values.forEach(node::put);
        for (String key : node.keys()) {
            if (!values.containsKey(key)) {
                node.remove(key);
            }
        }
    }

    private void restore(Map<String, Optional<Map<String, String>>> before, Exception failure) {
        try {
            for (Map.Entry<String, Optional<Map<String, String>>> node : before.entrySet()) {
                if (node.getValue().isPresent()) {
                    write(systemRoot.node(node.getKey()), node.getValue().get());
                } else if (systemRoot.nodeExists(node.getKey())) {
                    systemRoot.node(node.getKey()).removeNode();
                }
            }
            systemRoot.node(POLICY_NODE).flush();
        } catch (BackingStoreException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
