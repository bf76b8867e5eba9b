package org.unhunch.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An organisation's policy file (the JDK's preferences XML, system root), read and checked before
 * anything is written: every entry must be under {@code org/unhunch/policy/defaults} or
 * {@code .../locked}, name a known setting, and hold a value that setting allows. Each problem
 * names the file, the node and the entry.
 *
 * @param defaults stored key to value, for the organisation-default node
 * @param locked   stored key to value, for the lock node
 * @param problems what is wrong; when not empty, nothing is to be written
 */
public record PolicyFile(Map<String, String> defaults, Map<String, String> locked, List<String> problems) {

    private static final List<String> POLICY_PATH = List.of("org", "unhunch", "policy");

    /** Reads and checks {@code file}. */
    public static PolicyFile read(Path file) {
        PolicyFile policy = new PolicyFile(new TreeMap<>(), new TreeMap<>(), new ArrayList<>());
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            document = factory.newDocumentBuilder().parse(file.toFile());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            policy.problems.add(file + ": not a preferences XML file (" + e.getMessage() + ")");
            return policy;
        }
        Element root = child(document.getDocumentElement(), "root");
        if (!"preferences".equals(document.getDocumentElement().getTagName()) || root == null
                || !"system".equals(root.getAttribute("type"))) {
            policy.problems.add(file + ": the preferences must have <root type=\"system\">; policy is the machine's,"
                    + " not a person's");
            return policy;
        }
        policy.check(root, new ArrayList<>(), file);
        return policy;
    }

    private void check(Element node, List<String> path, Path file) {
        Element map = child(node, "map");
        if (map != null) {
            for (Element entry : children(map, "entry")) {
                checkEntry(path, entry.getAttribute("key"), entry.getAttribute("value"), file);
            }
        }
        for (Element child : children(node, "node")) {
            List<String> below = new ArrayList<>(path);
            below.add(child.getAttribute("name"));
            check(child, below, file);
        }
    }

    private void checkEntry(List<String> path, String key, String value, Path file) {
        String where = file + ": /" + String.join("/", path) + ": " + key + "=" + value;
        boolean policyNode = path.size() == 4 && path.subList(0, 3).equals(POLICY_PATH)
                && (path.get(3).equals("defaults") || path.get(3).equals("locked"));
        if (!policyNode) {
            problems.add(where + ": outside " + SettingsStore.DEFAULTS_NODE + " and " + SettingsStore.LOCKED_NODE);
            return;
        }
        Setting setting = Setting.byKey(key).orElse(null);
        if (setting == null) {
            problems.add(where + ": unknown setting; docs/settings.md lists them (the \"stored as\" column)");
            return;
        }
        try {
            (path.get(3).equals("locked") ? locked : defaults).put(setting.storedKey(), setting.check(value));
        } catch (InvalidSettingException e) {
            problems.add(file + ": /" + String.join("/", path) + ": " + e.getMessage());
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
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
