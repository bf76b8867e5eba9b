package org.unhunch.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Checks an organisation's policy file (the JDK's preferences XML, system root) before it is
 * imported: every entry must be under {@code org/unhunch/policy/defaults} or {@code .../locked},
 * name a known setting, and hold a value that setting allows. Each problem names the file, the node
 * and the entry.
 */
public final class PolicyFile {

    private static final List<String> POLICY_PATH = List.of("org", "unhunch", "policy");

    private PolicyFile() {
    }

    /** What is wrong with {@code file}; empty when it can be imported. */
    public static List<String> problems(Path file) {
        List<String> problems = new ArrayList<>();
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            document = factory.newDocumentBuilder().parse(file.toFile());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return List.of(file + ": not a preferences XML file (" + e.getMessage() + ")");
        }
        Element root = child(document.getDocumentElement(), "root");
        if (root == null || !"system".equals(root.getAttribute("type"))) {
            return List.of(file + ": the preferences must have <root type=\"system\">; policy is the machine's,"
                    + " not a person's");
        }
        check(root, new ArrayList<>(), file, problems);
        return problems;
    }

    private static void check(Element node, List<String> path, Path file, List<String> problems) {
        Element map = child(node, "map");
        if (map != null) {
            for (Element entry : children(map, "entry")) {
                checkEntry(path, entry.getAttribute("key"), entry.getAttribute("value"), file, problems);
            }
        }
        for (Element child : children(node, "node")) {
            List<String> below = new ArrayList<>(path);
            below.add(child.getAttribute("name"));
            check(child, below, file, problems);
        }
    }

    private static void checkEntry(List<String> path, String key, String value, Path file, List<String> problems) {
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
            setting.check(value);
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
