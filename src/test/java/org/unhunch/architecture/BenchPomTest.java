package org.unhunch.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** bench/ compiles the main sources itself, so it needs every compile dependency of the main build, same version. */
class BenchPomTest {

    /** groupId:artifactId to version (properties resolved) of the compile-scope dependencies. */
    private static Map<String, String> compileDependencies(Path pom) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Map<String, String> properties = new HashMap<>();
        NodeList propertyNodes = ((Element) document.getElementsByTagName("properties").item(0)).getChildNodes();
        for (int i = 0; i < propertyNodes.getLength(); i++) {
            if (propertyNodes.item(i) instanceof Element property) {
                properties.put(property.getTagName(), property.getTextContent().trim());
            }
        }
        Map<String, String> dependencies = new HashMap<>();
        Element list = (Element) document.getElementsByTagName("dependencies").item(0);
        NodeList nodes = list.getElementsByTagName("dependency");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element dependency = (Element) nodes.item(i);
            String scope = text(dependency, "scope");
            if (scope == null || scope.equals("compile")) {
                String version = text(dependency, "version");
                for (Map.Entry<String, String> property : properties.entrySet()) {
                    version = version.replace("${" + property.getKey() + "}", property.getValue());
                }
                dependencies.put(text(dependency, "groupId") + ":" + text(dependency, "artifactId"), version);
            }
        }
        return dependencies;
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagName(name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().trim();
    }

    @Test
    void the_benchmarks_have_every_compile_dependency_of_the_agent_at_the_same_version() throws Exception {
        Map<String, String> main = compileDependencies(Path.of("pom.xml"));
        Map<String, String> bench = compileDependencies(Path.of("bench", "pom.xml"));
        assertThat(main).isNotEmpty();
        assertThat(bench).as("bench/pom.xml, kept in step with pom.xml").containsAllEntriesOf(main);
    }
}
