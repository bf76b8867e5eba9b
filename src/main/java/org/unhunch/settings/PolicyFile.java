package org.unhunch.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An organisation's policy file (the JDK's preferences XML, system root), read and checked before
 * anything is written: every entry must be under {@code org/unhunch/policy/defaults} or
 * {@code .../locked}, name a known setting once, and hold a value that setting allows; the file
 * must have the format's shape (one {@code <map>} a node, nodes named once, nothing else). Each
 * problem names the file, the node and the entry. See {@link PreferencesXml} for what the parser refuses.
 *
 * @param defaults stored key to value, for the organisation-default node
 * @param locked   stored key to value, for the lock node
 * @param problems what is wrong; when not empty, nothing is to be written
 */
public record PolicyFile(Map<String, String> defaults, Map<String, String> locked, List<String> problems) {

    /** A policy file is a few kilobytes; a larger file is not read. */
    public static final int MAX_BYTES = 1 << 20;

    private static final List<String> POLICY_PATH = List.of("org", "unhunch", "policy");
    /** Nodes below the root: org, unhunch, policy, then defaults or locked. */
    private static final int POLICY_DEPTH = 4;

    /** One {@code <root>} or {@code <node>} to look at, with its path below the root. */
    private record Pending(Element node, List<String> path) {
    }

    /** Reads and checks {@code file}. */
    public static PolicyFile read(Path file) {
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return refused(file + ": no such file");
        } catch (AccessDeniedException e) {
            return refused(file + ": cannot be read (permission denied)");
        } catch (IOException e) {
            return refused(file + ": cannot be read (" + SettingText.escape(e.getMessage()) + ")");
        }
        if (content.length > MAX_BYTES) {
            return refused(file + ": larger than " + MAX_BYTES / 1024 + " KiB; not a policy file");
        }
        return parse(content, file.toString());
    }

    /** Checks the policy file {@code content}; {@code source} names it in the problems. */
    public static PolicyFile parse(byte[] content, String source) {
        Document document;
        try {
            document = PreferencesXml.parse(content, "preferences", "a policy file");
        } catch (PreferencesXml.NotPreferencesXml e) {
            return refused(source + ": not a policy file: " + e.getMessage());
        }
        Element preferences = document.getDocumentElement();
        List<Element> roots = children(preferences, "root");
        if (!"preferences".equals(preferences.getTagName()) || roots.size() != 1
                || !"system".equals(roots.get(0).getAttribute("type"))) {
            return refused(source + ": the preferences must have one <root type=\"system\">; policy is the"
                    + " machine's, not a person's");
        }
        PolicyFile policy = new PolicyFile(new TreeMap<>(), new TreeMap<>(), new ArrayList<>());
        policy.unknownAttributes(preferences, source + ": <preferences>");
        policy.unexpected(preferences, Set.of("root"), source + ": <preferences>");
        policy.check(roots.get(0), source);
        return policy;
    }

    private static PolicyFile refused(String problem) {
        return new PolicyFile(Map.of(), Map.of(), List.of(problem));
    }

    /** Looks at every node, depth first in file order, without recursion (a file may nest deeply). */
    private void check(Element root, String source) {
        Deque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(root, List.of()));
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            String where = source + ": /" + String.join("/", next.path());
            if (next.path().size() > POLICY_DEPTH) {
                problems.add(where + ": nodes nested deeper than " + SettingsStore.DEFAULTS_NODE + " and "
                        + SettingsStore.LOCKED_NODE);
                continue;
            }
            unknownAttributes(next.node(), where + ": <" + next.node().getTagName() + ">");
            unexpected(next.node(), Set.of("map", "node"), where);
            List<Element> maps = children(next.node(), "map");
            if (maps.size() > 1) {
                problems.add(where + ": " + maps.size() + " <map> elements; a node has one");
            }
            for (Element map : maps) {
                checkMap(map, next.path(), where);
            }
            List<Element> nodes = children(next.node(), "node");
            Set<String> names = new HashSet<>();
            List<Pending> below = new ArrayList<>();
            for (Element node : nodes) {
                String name = node.getAttribute("name");
                if (name.isEmpty()) {
                    problems.add(where + ": a <node> without a name");
                } else if (!names.add(name)) {
                    problems.add(where + ": two <node name=\"" + SettingText.quote(name) + "\">; a node is there once");
                } else {
                    List<String> path = new ArrayList<>(next.path());
                    path.add(name);
                    below.add(new Pending(node, List.copyOf(path)));
                }
            }
            for (int i = below.size() - 1; i >= 0; i--) {
                pending.push(below.get(i));
            }
        }
    }

    private void checkMap(Element map, List<String> path, String where) {
        unknownAttributes(map, where + ": <map>");
        unexpected(map, Set.of("entry"), where + ": <map>");
        Map<String, String> seen = new TreeMap<>();
        for (Element entry : children(map, "entry")) {
            unknownAttributes(entry, where + ": <entry>");
            unexpected(entry, Set.of(), where + ": <entry>");
            if (!entry.hasAttribute("key") || !entry.hasAttribute("value")) {
                problems.add(where + ": an <entry> without a key or a value attribute");
                continue;
            }
            String key = entry.getAttribute("key");
            String value = entry.getAttribute("value");
            if (seen.containsKey(key)) {
                problems.add(where + ": " + SettingText.quote(key) + "=" + SettingText.quote(value) + ": given twice"
                        + " (also " + SettingText.quote(key) + "=" + SettingText.quote(seen.get(key))
                        + "); a key has one entry");
                continue;
            }
            seen.put(key, value);
            checkEntry(path, key, value, where);
        }
    }

    private void checkEntry(List<String> path, String key, String value, String where) {
        String entry = where + ": " + SettingText.quote(key) + "=" + SettingText.quote(value);
        boolean policyNode = path.size() == POLICY_DEPTH && path.subList(0, 3).equals(POLICY_PATH)
                && (path.get(3).equals("defaults") || path.get(3).equals("locked"));
        if (!policyNode) {
            problems.add(entry + ": outside " + SettingsStore.DEFAULTS_NODE + " and " + SettingsStore.LOCKED_NODE);
            return;
        }
        Setting setting = Setting.byKey(key).orElse(null);
        if (setting == null) {
            problems.add(entry + ": unknown setting; docs/settings.md lists them (the \"stored as\" column)");
            return;
        }
        Map<String, String> layer = path.get(3).equals("locked") ? locked : defaults;
        if (layer.containsKey(setting.storedKey())) {
            problems.add(entry + ": given twice (as " + setting.key() + " and " + setting.storedKey()
                    + "); a key has one entry");
            return;
        }
        try {
            layer.put(setting.storedKey(), setting.check(value));
        } catch (InvalidSettingException e) {
            problems.add(where + ": " + e.getMessage());
        }
    }

    /** Says which child elements of {@code parent} are none of {@code allowed}, and any text in it. */
    private void unexpected(Element parent, Set<String> allowed, String where) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && !allowed.contains(element.getTagName())) {
                problems.add(where + ": an unexpected <" + SettingText.quote(element.getTagName()) + ">; allowed here: "
                        + (allowed.isEmpty() ? "nothing" : String.join(", ",
                                allowed.stream().sorted().map(name -> "<" + name + ">").toList())));
            } else if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
                problems.add(where + ": text '" + SettingText.quote(node.getNodeValue().strip())
                        + "' outside any entry");
            } else if (node.getNodeType() == Node.CDATA_SECTION_NODE) {
                problems.add(where + ": a CDATA section '" + SettingText.quote(node.getNodeValue())
                        + "'; the format has no text outside entries");
            }
        }
    }

    /** Says which attributes of {@code element} the format does not give it (the JDK's preferences.dtd). */
    private void unknownAttributes(Element element, String where) {
        List<String> allowed = PreferencesXml.attributesAllowed(element);
        for (Node attribute : PreferencesXml.unknownAttributes(element)) {
            problems.add(where + ": an unknown attribute " + SettingText.quote(attribute.getNodeName()) + "=\""
                    + SettingText.quote(attribute.getNodeValue()) + "\"; allowed here: "
                    + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
