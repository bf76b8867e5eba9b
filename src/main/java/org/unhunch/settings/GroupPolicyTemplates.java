package org.unhunch.settings;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Group Policy templates (ADMX, and its English ADML) made from the registry of settings: for
 * each setting one policy that sets an organisation default and one that locks it, writing the
 * JDK's system preferences (registry key {@code HKLM/Software/JavaSoft/Prefs}, then the nodes
 * {@code org/unhunch/policy/defaults} and {@code .../locked}). Every value is a string (REG_SZ),
 * which is all {@code java.util.prefs} reads; booleans and choices are lists.
 */
public final class GroupPolicyTemplates {

    public static final String NAMESPACE = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions";
    public static final String PREFS_KEY = "Software\\JavaSoft\\Prefs\\";
    static final String TARGET_NAMESPACE = "Unhunch.Policies";

    private enum Kind {
        DEFAULT("defaults", SettingsStore.DEFAULTS_NODE, "Default settings (a person may change them)"),
        LOCKED("locked", SettingsStore.LOCKED_NODE, "Locked settings (a person cannot change them)");

        final String name;
        final String node;
        final String title;

        Kind(String name, String node, String title) {
            this.name = name;
            this.node = node;
            this.title = title;
        }

        String key() {
            return PREFS_KEY + node.replace('/', '\\');
        }
    }

    private GroupPolicyTemplates() {
    }

    /** {@code sit.limit} as a name Group Policy accepts: {@code sit_limit}. */
    static String id(Setting setting) {
        return setting.storedKey().replace('.', '_');
    }

    public static String admx() {
        Element root = newRoot("policyDefinitions");
        Element namespaces = add(root, "policyNamespaces");
        Element target = add(namespaces, "target");
        target.setAttribute("prefix", "unhunch");
        target.setAttribute("namespace", TARGET_NAMESPACE);
        add(root, "resources").setAttribute("minRequiredRevision", "1.0");
        Element supported = add(add(root, "supportedOn"), "definitions");
        Element definition = add(supported, "definition");
        definition.setAttribute("name", "SUPPORTED_Unhunch");
        definition.setAttribute("displayName", "$(string.SUPPORTED_Unhunch)");
        Element categories = add(root, "categories");
        category(categories, "Unhunch", null);
        for (Kind kind : Kind.values()) {
            category(categories, "Unhunch_" + kind.name, "Unhunch");
        }
        Element policies = add(root, "policies");
        for (Kind kind : Kind.values()) {
            for (Setting setting : Setting.values()) {
                policies.appendChild(policy(root.getOwnerDocument(), kind, setting));
            }
        }
        return write(root.getOwnerDocument());
    }

    public static String adml() {
        Element root = newRoot("policyDefinitionResources");
        add(root, "displayName").setTextContent("Unhunch");
        add(root, "description").setTextContent("Break reminders with a guided mid-back reset: organisation"
                + " defaults and locked settings.");
        Element resources = add(root, "resources");
        Element strings = add(resources, "stringTable");
        string(strings, "SUPPORTED_Unhunch", "Unhunch 0.1 and later");
        string(strings, "Unhunch", "Unhunch");
        for (Kind kind : Kind.values()) {
            string(strings, "Unhunch_" + kind.name, kind.title);
        }
        Set<String> values = new LinkedHashSet<>();
        for (Setting setting : Setting.values()) {
            string(strings, id(setting), setting.key() + ": " + setting.meaning());
            for (Kind kind : Kind.values()) {
                string(strings, kind.name + "_" + id(setting) + "_Explain", explanation(kind, setting));
            }
            values.addAll(listed(setting));
        }
        for (String value : values) {
            string(strings, valueId(value), value);
        }
        Element presentations = add(resources, "presentationTable");
        for (Kind kind : Kind.values()) {
            for (Setting setting : Setting.values()) {
                presentation(presentations, kind, setting);
            }
        }
        return write(root.getOwnerDocument());
    }

    private static Element policy(Document document, Kind kind, Setting setting) {
        Element policy = document.createElementNS(NAMESPACE, "policy");
        policy.setAttribute("name", kind.name + "_" + id(setting));
        policy.setAttribute("class", "Machine");
        policy.setAttribute("displayName", "$(string." + id(setting) + ")");
        policy.setAttribute("explainText", "$(string." + kind.name + "_" + id(setting) + "_Explain)");
        policy.setAttribute("presentation", "$(presentation." + kind.name + "_" + id(setting) + ")");
        policy.setAttribute("key", kind.key());
        add(policy, "parentCategory").setAttribute("ref", "Unhunch_" + kind.name);
        add(policy, "supportedOn").setAttribute("ref", "SUPPORTED_Unhunch");
        Element elements = add(policy, "elements");
        Element element;
        switch (setting.type()) {
            case BOOLEAN, CHOICE -> {
                element = add(elements, "enum");
                for (String value : listed(setting)) {
                    Element item = add(element, "item");
                    item.setAttribute("displayName", "$(string." + valueId(value) + ")");
                    add(add(item, "value"), "string").setTextContent(value);
                }
            }
            case DAYS -> {
                element = add(elements, "decimal");
                element.setAttribute("minValue", "7");
                element.setAttribute("maxValue", "3650");
                element.setAttribute("storeAsText", "true");
            }
            default -> element = add(elements, "text");
        }
        element.setAttribute("id", id(setting));
        element.setAttribute("valueName", setting.storedKey());
        element.setAttribute("required", Boolean.toString(setting.type() != SettingType.PATH));
        return policy;
    }

    private static void presentation(Element table, Kind kind, Setting setting) {
        Element presentation = add(table, "presentation");
        presentation.setAttribute("id", kind.name + "_" + id(setting));
        String label = setting.key() + " (" + setting.allowed() + ")";
        switch (setting.type()) {
            case BOOLEAN, CHOICE -> {
                Element list = add(presentation, "dropdownList");
                list.setAttribute("refId", id(setting));
                list.setAttribute("noSort", "true");
                list.setAttribute("defaultItem", Integer.toString(listed(setting).indexOf(setting.defaultValue())));
                list.setTextContent(label);
            }
            case DAYS -> {
                Element box = add(presentation, "decimalTextBox");
                box.setAttribute("refId", id(setting));
                box.setAttribute("defaultValue", setting.defaultValue());
                box.setTextContent(label);
            }
            default -> {
                Element box = add(presentation, "textBox");
                box.setAttribute("refId", id(setting));
                add(box, "label").setTextContent(label);
                if (!setting.defaultValue().isEmpty()) {
                    add(box, "defaultValue").setTextContent(setting.defaultValue());
                }
            }
        }
    }

    private static String explanation(Kind kind, Setting setting) {
        return (kind == Kind.LOCKED ? "Locks " : "Sets the organisation's default for ") + setting.key() + ": "
                + setting.meaning() + ".\n\nAllowed: " + setting.allowed() + ". Built-in default: "
                + (setting.defaultValue().isEmpty() ? "(empty)" : setting.defaultValue()) + ".\n\n"
                + (kind == Kind.LOCKED ? "A person cannot change a locked setting; it wins over their own."
                        : "A person may change it in the settings dialog or with 'unhunch settings set'.")
                + "\n\nWritten as the string value '" + setting.storedKey() + "' under HKEY_LOCAL_MACHINE\\"
                + kind.key() + ". A value Unhunch cannot use is logged and the layer below is used instead."
                + " docs/settings.md lists every setting.";
    }

    /** The values a list offers: true and false, or the setting's choices. */
    static List<String> listed(Setting setting) {
        return setting.type() == SettingType.BOOLEAN ? List.of("true", "false") : new ArrayList<>(setting.choices());
    }

    private static String valueId(String value) {
        return "value_" + value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    private static void category(Element categories, String name, String parent) {
        Element category = add(categories, "category");
        category.setAttribute("name", name);
        category.setAttribute("displayName", "$(string." + name + ")");
        if (parent != null) {
            add(category, "parentCategory").setAttribute("ref", parent);
        }
    }

    private static void string(Element table, String id, String text) {
        Element string = add(table, "string");
        string.setAttribute("id", id);
        string.setTextContent(text);
    }

    private static Element add(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(NAMESPACE, name);
        parent.appendChild(child);
        return child;
    }

    /** A new document whose root element, in Group Policy's namespace, is at revision 1.0. */
    private static Element newRoot(String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            Element root = document.createElementNS(NAMESPACE, name);
            root.setAttribute("revision", "1.0");
            root.setAttribute("schemaVersion", "1.0");
            document.appendChild(root);
            return root;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Document document) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "utf-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter text = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(text));
            return text.toString().replace("?><", "?>\n<").replace("\r\n", "\n");
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
