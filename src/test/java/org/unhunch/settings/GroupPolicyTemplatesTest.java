package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Group Policy templates in packaging/windows are the registry's (regenerate with
 * -Dunhunch.writeDocs=true), and hang together: well-formed, in Group Policy's namespace, every
 * policy writing a documented key as a string under the JDK's system preferences, every string and
 * presentation they refer to defined.
 */
class GroupPolicyTemplatesTest {

    private static final Path ADMX = Path.of("packaging", "windows", "unhunch.admx");
    private static final Path ADML = Path.of("packaging", "windows", "en-US", "unhunch.adml");

    @Test
    void the_committed_templates_match_the_registry() throws Exception {
        if (Boolean.getBoolean("unhunch.writeDocs")) {
            Files.createDirectories(ADML.getParent());
            Files.writeString(ADMX, GroupPolicyTemplates.admx(), StandardCharsets.UTF_8);
            Files.writeString(ADML, GroupPolicyTemplates.adml(), StandardCharsets.UTF_8);
        }
        String stale = "packaging/windows is stale: mvn test -Dtest=GroupPolicyTemplatesTest -Dunhunch.writeDocs=true";
        assertThat(Files.readString(ADMX, StandardCharsets.UTF_8)).as(stale).isEqualTo(GroupPolicyTemplates.admx());
        assertThat(Files.readString(ADML, StandardCharsets.UTF_8)).as(stale).isEqualTo(GroupPolicyTemplates.adml());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(GroupPolicyTemplates.NAMESPACE, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Set<String> ids(Document document, String name, String attribute) {
        return elements(document, name).stream().map(element -> element.getAttribute(attribute))
                .collect(Collectors.toSet());
    }

    /** The "stored as" column of docs/settings.md. */
    private static Set<String> documentedKeys() throws Exception {
        Set<String> keys = new HashSet<>();
        Matcher row = Pattern.compile("^\\| `[^`]+` \\| `([^`]+)` \\|", Pattern.MULTILINE)
                .matcher(Files.readString(Path.of("docs", "settings.md"), StandardCharsets.UTF_8));
        while (row.find()) {
            keys.add(row.group(1));
        }
        return keys;
    }

    @Test
    void every_policy_writes_a_documented_key_as_a_string_under_the_system_preferences() throws Exception {
        Document admx = parse(GroupPolicyTemplates.admx());
        assertThat(admx.getDocumentElement().getNamespaceURI()).isEqualTo(GroupPolicyTemplates.NAMESPACE);
        assertThat(admx.getDocumentElement().getLocalName()).isEqualTo("policyDefinitions");
        Set<String> documented = documentedKeys();
        assertThat(documented).hasSize(Setting.values().length);

        List<Element> policies = elements(admx, "policy");
        assertThat(policies).hasSize(2 * Setting.values().length);
        Set<String> written = new HashSet<>();
        for (Element policy : policies) {
            assertThat(policy.getAttribute("class")).isEqualTo("Machine");
            String key = policy.getAttribute("key");
            assertThat(key).isIn("Software\\JavaSoft\\Prefs\\org\\unhunch\\policy\\defaults",
                    "Software\\JavaSoft\\Prefs\\org\\unhunch\\policy\\locked");
            String nodes = key.substring(GroupPolicyTemplates.PREFS_KEY.length());
            assertThat(nodes).as("no capitals: the JDK would read them escaped")
                    .isEqualTo(nodes.toLowerCase(java.util.Locale.ROOT));
            Element elements = (Element) policy.getElementsByTagNameNS(GroupPolicyTemplates.NAMESPACE, "elements").item(0);
            Element element = firstChild(elements);
            assertThat(element.getLocalName()).isIn("text", "enum", "decimal");
            if (element.getLocalName().equals("decimal")) {
                assertThat(element.getAttribute("storeAsText")).as("REG_SZ, all java.util.prefs reads").isEqualTo("true");
            }
            if (element.getLocalName().equals("enum")) {
                assertThat(element.getElementsByTagNameNS(GroupPolicyTemplates.NAMESPACE, "string").getLength())
                        .isEqualTo(element.getElementsByTagNameNS(GroupPolicyTemplates.NAMESPACE, "item").getLength());
            }
            String valueName = element.getAttribute("valueName");
            assertThat(documented).as("policy %s", policy.getAttribute("name")).contains(valueName);
            written.add(key + "|" + valueName);
        }
        assertThat(written).as("each setting once as a default and once locked").hasSize(policies.size());
    }

    @Test
    void every_string_and_presentation_the_admx_refers_to_is_in_the_adml() throws Exception {
        String admxText = GroupPolicyTemplates.admx();
        Document admx = parse(admxText);
        Document adml = parse(GroupPolicyTemplates.adml());
        Set<String> strings = ids(adml, "string", "id");
        Set<String> presentations = ids(adml, "presentation", "id");
        Matcher reference = Pattern.compile("\\$\\((string|presentation)\\.([^)]+)\\)").matcher(admxText);
        int references = 0;
        while (reference.find()) {
            references++;
            assertThat(reference.group(1).equals("string") ? strings : presentations)
                    .as(reference.group()).contains(reference.group(2));
        }
        assertThat(references).isGreaterThan(3 * Setting.values().length);
        for (Element policy : elements(admx, "policy")) {
            String presentationId = policy.getAttribute("presentation").replaceAll("^\\$\\(presentation\\.|\\)$", "");
            Element presentation = elements(adml, "presentation").stream()
                    .filter(candidate -> candidate.getAttribute("id").equals(presentationId)).findFirst().orElseThrow();
            Element control = firstChild(presentation);
            Element element = firstChild((Element) policy.getElementsByTagNameNS(GroupPolicyTemplates.NAMESPACE,
                    "elements").item(0));
            assertThat(control.getAttribute("refId")).isEqualTo(element.getAttribute("id"));
        }
        Set<String> categories = ids(admx, "category", "name");
        assertThat(ids(admx, "parentCategory", "ref")).isSubsetOf(categories);
    }

    private static Element firstChild(Element parent) {
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("no child element in " + parent.getLocalName());
    }
}
