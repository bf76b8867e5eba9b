package org.unhunch.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ProcessingInstruction;

/**
 * The Windows installer's recipe (packaging/windows), which has never run on Windows, checked for
 * what can be checked here: the WiX source given to jpackage is well-formed, keeps what jpackage
 * fills in, and starts Unhunch at login through an HKLM Run value the MSI owns unless
 * {@code AUTOSTART=0}; an upgrade removes the old version where Windows Installer allows it; the
 * build script keeps one fixed upgrade code, the one the docs name, and builds a per-machine MSI
 * with a Start menu entry and no desktop shortcut. WindowsRecipeIT checks its native libraries
 * against the jar.
 */
class WindowsRecipeTest {

    static final String WIX = "http://schemas.microsoft.com/wix/2006/wi";
    static final Path WINDOWS = Path.of("packaging", "windows");
    static final Path MAIN_WXS = WINDOWS.resolve("resources").resolve("main.wxs");
    static final Path SCRIPT = WINDOWS.resolve("build-packages.sh");
    static final Path README = WINDOWS.resolve("README.md");
    static final Path DEPLOYMENT = Path.of("docs", "deployment.md");
    static final String RUN_KEY = "Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    private static final Pattern ANY_UUID = Pattern.compile(
            "(?i)\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");

    /** main.wxs, parsed as nothing from outside should be: no DTD, no external entity, nothing fetched. */
    static Document mainWxs() throws Exception {
        DocumentBuilderFactory factory = ClosedXml.factory(false);
        factory.setNamespaceAware(true);
        try (InputStream in = Files.newInputStream(MAIN_WXS)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    static List<Element> elements(Node root, String name) {
        NodeList nodes = root instanceof Document document ? document.getElementsByTagNameNS(WIX, name)
                : ((Element) root).getElementsByTagNameNS(WIX, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    static Element only(Node root, String name) {
        List<Element> found = elements(root, name);
        assertThat(found).as("<%s> in %s", name, MAIN_WXS).hasSize(1);
        return found.get(0);
    }

    /** The build script's shell code, comments left out (they may name the options it must not use). */
    static String scriptCode() throws IOException {
        StringBuilder code = new StringBuilder();
        for (String line : Files.readAllLines(SCRIPT, StandardCharsets.UTF_8)) {
            code.append(line.replaceFirst("(^|\\s)#.*$", "")).append('\n');
        }
        return code.toString();
    }

    /** The one value the script assigns to {@code variable} ({@code variable=value} alone on a line). */
    static String scriptValue(String variable) throws IOException {
        Matcher assignment = Pattern.compile("(?m)^" + variable + "=(.*)$").matcher(scriptCode());
        assertThat(assignment.find()).as("%s assigns %s", SCRIPT, variable).isTrue();
        String value = assignment.group(1).strip();
        assertThat(assignment.find()).as("%s assigns %s once", SCRIPT, variable).isFalse();
        return value;
    }

    /** The jar entries of the script's {@code natives=( ... )}: Windows x64's native libraries. */
    static List<String> natives() throws IOException {
        Matcher block = Pattern.compile("(?ms)^natives=\\((.*?)^\\)").matcher(scriptCode());
        assertThat(block.find()).as("%s has natives=( ... )", SCRIPT).isTrue();
        return block.group(1).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String upgradeUuid() throws IOException {
        return scriptValue("upgrade_uuid");
    }

    @Test
    void main_wxs_is_wix_3_source_without_a_doctype() throws Exception {
        Element root = mainWxs().getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(WIX);
        assertThat(root.getLocalName()).isEqualTo("Wix");
        assertThat(elements(root, "Product")).hasSize(1);
    }

    @Test
    void main_wxs_keeps_what_jpackage_fills_in() throws Exception {
        Document wxs = mainWxs();
        List<String> instructions = new ArrayList<>();
        NodeList children = wxs.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof ProcessingInstruction instruction) {
                instructions.add(instruction.getTarget() + " " + instruction.getData().strip());
            }
        }
        assertThat(instructions).contains("include $(var.JpConfigDir)/overrides.wxi", "ifdef JpIsSystemWide",
                "ifdef JpAllowUpgrades", "ifdef JpAllowDowngrades");

        Element product = only(wxs, "Product");
        assertThat(product.getAttribute("Id")).isEqualTo("$(var.JpProductCode)");
        assertThat(product.getAttribute("Name")).isEqualTo("$(var.JpAppName)");
        assertThat(product.getAttribute("Version")).isEqualTo("$(var.JpAppVersion)");
        assertThat(product.getAttribute("UpgradeCode")).isEqualTo("$(var.JpProductUpgradeCode)");
        assertThat(only(wxs, "Package").getAttribute("InstallScope")).isEqualTo("$(var.JpInstallScope)");
        assertThat(only(wxs, "Upgrade").getAttribute("Id")).isEqualTo("$(var.JpProductUpgradeCode)");
        assertThat(elements(wxs, "ComponentGroupRef")).extracting(group -> group.getAttribute("Id"))
                .containsExactlyInAnyOrder("Shortcuts", "Files", "FileAssociations");
        assertThat(only(wxs, "UIRef").getAttribute("Id")).isEqualTo("JpUI");
    }

    @Test
    void the_run_value_belongs_to_a_component_installed_only_when_AUTOSTART_is_1() throws Exception {
        Document wxs = mainWxs();
        List<Element> runValues = elements(wxs, "RegistryValue").stream()
                .filter(value -> value.getAttribute("Key").equalsIgnoreCase(RUN_KEY)).toList();
        assertThat(runValues).as("one Run value in %s", MAIN_WXS).hasSize(1);
        Element run = runValues.get(0);
        assertThat(run.getAttribute("Root")).isEqualTo("HKLM");
        assertThat(run.getAttribute("Key")).isEqualTo(RUN_KEY);
        assertThat(run.getAttribute("Name")).isEqualTo("Unhunch");
        assertThat(run.getAttribute("Type")).isEqualTo("string");
        assertThat(run.getAttribute("Value")).as("the launcher, quoted: the folder has spaces")
                .isEqualTo("\"[INSTALLDIR]" + scriptValue("name") + ".exe\"");
        assertThat(run.getAttribute("KeyPath")).as("the component owns it: uninstall removes it").isEqualTo("yes");

        Element component = (Element) run.getParentNode();
        assertThat(component.getLocalName()).isEqualTo("Component");
        assertThat(component.getAttribute("Win64")).as("the 64-bit Run key, not WOW6432Node's").isEqualTo("yes");
        String guid = component.getAttribute("Guid");
        assertThat(guid).as("a fixed component GUID").matches("\\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}}");
        assertThat(UUID.fromString(guid.substring(1, guid.length() - 1)).toString()).isNotEqualTo(upgradeUuid());
        assertThat(elements(component, "Condition")).singleElement()
                .extracting(condition -> condition.getTextContent().replaceAll("\\s+", ""))
                .isEqualTo("AUTOSTART=\"1\"");

        Element feature = only(wxs, "Feature");
        assertThat(feature.getAttribute("Id")).isEqualTo("DefaultFeature");
        assertThat(elements(feature, "ComponentRef")).extracting(ref -> ref.getAttribute("Id"))
                .containsExactly(component.getAttribute("Id"));
    }

    @Test
    void AUTOSTART_is_a_secure_public_property_on_by_default() throws Exception {
        List<Element> autostart = elements(mainWxs(), "Property").stream()
                .filter(property -> property.getAttribute("Id").equals("AUTOSTART")).toList();
        assertThat(autostart).singleElement().satisfies(property -> {
            assertThat(property.getAttribute("Value")).isEqualTo("1");
            assertThat(property.getAttribute("Secure")).as("the msiexec line's value reaches the elevated install")
                    .isEqualTo("yes");
        });
    }

    @Test
    void an_upgrade_removes_the_old_version_where_windows_installer_documents_it() throws Exception {
        Element sequence = only(mainWxs(), "InstallExecuteSequence");
        Element remove = only(sequence, "RemoveExistingProducts");
        assertThat(remove.getAttribute("After")).isEqualTo("InstallValidate");
        assertThat(remove.getAttribute("Before")).isEmpty();
    }

    @Test
    void the_upgrade_code_is_one_fixed_uuid_and_the_docs_name_it() throws Exception {
        String uuid = upgradeUuid();
        assertThat(UUID.fromString(uuid).toString()).as("a UUID in its canonical form").isEqualTo(uuid);
        assertThat(UUID.fromString(uuid).version()).isEqualTo(4);
        assertThat(scriptCode()).contains("--win-upgrade-uuid \"$upgrade_uuid\"");

        assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains(uuid);
        for (Path doc : List.of(README, DEPLOYMENT)) {
            Matcher named = ANY_UUID.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (named.find()) {
                assertThat(named.group().toLowerCase(Locale.ROOT)).as("a UUID in %s", doc).isEqualTo(uuid);
            }
        }
    }

    @Test
    void the_msi_is_per_machine_with_a_start_menu_entry_and_no_desktop_shortcut_or_console() throws Exception {
        String code = scriptCode();
        assertThat(code).contains("--type app-image", "--type msi", "--win-menu ", "--win-menu-group Unhunch",
                "--resource-dir \"$(windows_path \"$here/resources\")\"");
        assertThat(code).doesNotContain("--win-per-user-install", "--win-console", "--win-shortcut",
                "--win-dir-chooser");
    }

    @Test
    void every_file_of_packaging_windows_the_script_uses_is_there() throws Exception {
        Matcher used = Pattern.compile("\\$here/([\\w./-]+)").matcher(scriptCode());
        List<String> files = new ArrayList<>();
        while (used.find()) {
            files.add(used.group(1));
        }
        assertThat(files).contains("unhunch.ico", "unhunch.admx", "en-US/unhunch.adml", "resources");
        for (String file : files) {
            assertThat(WINDOWS.resolve(file)).as("$here/%s in %s", file, SCRIPT).exists();
        }
    }
}
