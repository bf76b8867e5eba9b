package org.unhunch.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.unhunch.settings.PolicyFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The macOS pkg recipe (packaging/macos), which has never run on a Mac, checked here for what can be
 * checked without one: the plists are Apple plists and say what the recipe relies on, the scripts
 * agree with them on the paths and names, the samples are well-formed and of the documented kinds.
 */
class MacRecipeTest {

    static final Path MACOS = Path.of("packaging", "macos");
    static final Path SCRIPT = MACOS.resolve("build-packages.sh");
    private static final String APPLE_PLIST = "-//Apple//DTD PLIST 1.0//EN";
    private static final String LABEL = "org.unhunch.Unhunch";
    private static final String LAUNCHER = "/Applications/Unhunch.app/Contents/MacOS/Unhunch";

    @Test
    void the_app_has_no_dock_icon_and_keeps_jpackages_placeholders() throws Exception {
        Map<String, Object> info = plist(MACOS.resolve("resources/Info.plist"));
        assertThat(info).containsEntry("LSUIElement", true)
                .containsEntry("CFBundleExecutable", "DEPLOY_LAUNCHER_NAME")
                .containsEntry("CFBundleIdentifier", "DEPLOY_BUNDLE_IDENTIFIER")
                .containsEntry("CFBundleName", "DEPLOY_BUNDLE_NAME")
                .containsEntry("CFBundleShortVersionString", "DEPLOY_BUNDLE_SHORT_VERSION")
                .containsEntry("CFBundleVersion", "DEPLOY_BUNDLE_CFBUNDLE_VERSION")
                .containsEntry("CFBundleIconFile", "DEPLOY_ICON_FILE")
                .containsEntry("CFBundlePackageType", "APPL");
        assertThat(read(SCRIPT)).contains("--resource-dir \"$here/resources\"",
                "--mac-package-identifier org.unhunch.Unhunch", "--name Unhunch");
    }

    @Test
    void the_launch_agent_starts_the_installed_launcher_once_per_graphical_session_and_never_in_a_loop()
            throws Exception {
        Map<String, Object> agent = plist(MACOS.resolve(LABEL + ".plist"));
        assertThat(agent).containsEntry("Label", LABEL)
                .containsEntry("ProgramArguments", List.of(LAUNCHER))
                .containsEntry("LimitLoadToSessionType", "Aqua")
                .containsEntry("RunAtLoad", true)
                .doesNotContainKey("KeepAlive");
    }

    @Test
    void the_install_scripts_use_the_launch_agents_label_and_launcher_and_never_fail_on_a_start() throws Exception {
        String postinstall = read(MACOS.resolve("resources/postinstall"));
        assertThat(shellValue(postinstall, "label")).isEqualTo(LABEL);
        String app = shellValue(postinstall, "app");
        assertThat(shellValue(postinstall, "launcher").replace("$app", app)).isEqualTo(LAUNCHER);
        assertThat(postinstall).contains("agents=$volume/Library/LaunchAgents", "agent=$agents/$label.plist",
                "$app/Contents/Resources/$label.plist", "launchctl bootstrap \"gui/$uid\" \"$agent\"",
                "stat -f %u /dev/console").endsWith("exit 0\n");
        assertThat(read(SCRIPT)).as("the script puts the launch agent where postinstall takes it from")
                .contains("\"$here/org.unhunch.Unhunch.plist\" \"$app/Contents/Resources/org.unhunch.Unhunch.plist\"");
        String preinstall = read(MACOS.resolve("resources/preinstall"));
        assertThat(shellValue(preinstall, "label")).isEqualTo(LABEL);
        assertThat(preinstall).contains("launchctl bootout \"gui/$uid/$label\"").endsWith("exit 0\n");
        for (String script : List.of(postinstall, preinstall)) {
            assertThat(script).as("jpackage replaces these words in its scripts")
                    .doesNotContain("INSTALL_LOCATION", "APP_LOCATION");
        }
    }

    @Test
    void the_entitlements_are_the_jits_two_and_nothing_notarization_refuses() throws Exception {
        assertThat(plist(MACOS.resolve("entitlements.plist"))).containsExactly(
                Map.entry("com.apple.security.cs.allow-jit", true),
                Map.entry("com.apple.security.cs.allow-unsigned-executable-memory", true));
    }

    @Test
    void each_processors_four_native_libraries_are_named_as_their_loaders_look_for_them_on_macos() throws Exception {
        Map<String, List<String>> natives = nativesByProcessor();
        assertThat(natives).containsOnlyKeys("arm64", "x86_64");
        natives.forEach((processor, entries) -> assertThat(entries.stream()
                .map(entry -> entry.substring(entry.lastIndexOf('/') + 1)).toList()).as(processor).containsExactly(
                        "libsqlitejdbc.dylib", // launcher_java_options' org.sqlite.lib.name
                        "libjnidispatch.jnilib", // JNA's first name in jna.boot.library.path on macOS
                        "libJNativeHook.dylib", // NativeLibraryFolder: mapLibraryName, .jnilib as .dylib
                        "libflatlaf-macos-" + processor + ".dylib")); // FlatLaf: mapLibraryName("flatlaf-macos-ARCH")
        assertThat(read(SCRIPT)).contains("launcher_java_options libsqlitejdbc.dylib",
                "extract_natives \"$full_jar\" \"$work/input/native\" \"${natives[@]}\"");
    }

    @Test
    void the_sample_profile_holds_a_login_items_rule_and_an_accessibility_grant_for_the_pkgs_app() throws Exception {
        Map<String, Object> profile = plist(MACOS.resolve("samples/unhunch.mobileconfig"));
        assertThat(profile).containsEntry("PayloadType", "Configuration").containsEntry("PayloadScope", "System");
        List<Map<String, Object>> payloads = maps(profile.get("PayloadContent"));
        assertThat(payloads).extracting(payload -> payload.get("PayloadType"))
                .containsExactly("com.apple.servicemanagement", "com.apple.TCC.configuration-profile-policy");
        List<Object> uuids = new ArrayList<>(List.of(profile.get("PayloadUUID")));
        payloads.forEach(payload -> uuids.add(payload.get("PayloadUUID")));
        assertThat(uuids).doesNotHaveDuplicates().allSatisfy(uuid -> UUID.fromString((String) uuid));

        Map<String, Object> rule = maps(payloads.get(0).get("Rules")).get(0);
        assertThat(rule).containsEntry("RuleType", "Label").containsEntry("RuleValue", LABEL)
                .containsEntry("TeamIdentifier", "REPLACE_WITH_TEAM_ID");
        @SuppressWarnings("unchecked")
        Map<String, Object> services = (Map<String, Object>) payloads.get(1).get("Services");
        assertThat(services).containsOnlyKeys("Accessibility");
        Map<String, Object> accessibility = maps(services.get("Accessibility")).get(0);
        assertThat(accessibility).containsEntry("Identifier", "org.unhunch.Unhunch")
                .containsEntry("IdentifierType", "bundleID").containsEntry("Authorization", "Allow");
        assertThat((String) accessibility.get("CodeRequirement"))
                .startsWith("identifier \"org.unhunch.Unhunch\" and anchor apple generic")
                .endsWith("certificate leaf[subject.OU] = \"REPLACE_WITH_TEAM_ID\"");
    }

    @Test
    void the_sample_mdm_script_imports_a_policy_unhunch_accepts_with_the_installed_launcher() throws Exception {
        String script = read(MACOS.resolve("samples/import-policy.sh"));
        assertThat(shellValue(script, "unhunch")).isEqualTo(LAUNCHER);
        assertThat(script).contains("\"$unhunch\" policy import \"$policy\"", "[ \"$(id -u)\" -eq 0 ]");
        Matcher policy = Pattern.compile("<< 'POLICY'\n(.*?\n)POLICY\n", Pattern.DOTALL).matcher(script);
        assertThat(policy.find()).isTrue();
        PolicyFile parsed = PolicyFile.parse(policy.group(1).getBytes(StandardCharsets.UTF_8), "import-policy.sh");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.locked()).containsKey("sit.limit");
    }

    @Test
    void every_file_of_the_recipe_says_it_has_never_run_on_macos() throws Exception {
        for (String file : List.of("build-packages.sh", "resources/preinstall", "resources/postinstall",
                "samples/import-policy.sh")) {
            assertThat(read(MACOS.resolve(file))).as(file).startsWith("#!/").contains("NEVER RUN ON macOS");
        }
        for (String file : List.of("resources/Info.plist", LABEL + ".plist", "samples/unhunch.mobileconfig")) {
            assertThat(read(MACOS.resolve(file))).as(file).containsIgnoringCase("never");
        }
        assertThat(read(MACOS.resolve("README.md"))).contains("never run on macOS");
    }

    /** The native libraries build-packages.sh extracts, by the {@code uname -m} branch that lists them. */
    static Map<String, List<String>> nativesByProcessor() throws IOException {
        Map<String, List<String>> natives = new LinkedHashMap<>();
        Pattern branch = Pattern.compile("^\\s*(arm64|x86_64)\\)\\s*$");
        Pattern entry = Pattern.compile("^\\s+((?:org|com)/\\S+\\.(?:dylib|jnilib))\\s*$");
        String processor = null;
        for (String line : Files.readAllLines(SCRIPT, StandardCharsets.UTF_8)) {
            Matcher start = branch.matcher(line);
            Matcher found = entry.matcher(line);
            if (start.matches()) {
                processor = start.group(1);
            } else if (found.matches() && processor != null) {
                natives.computeIfAbsent(processor, key -> new ArrayList<>()).add(found.group(1));
            }
        }
        return natives;
    }

    /** The value a shell script gives {@code name} on a line {@code name=value} of its own. */
    private static String shellValue(String script, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + "=(\\S+)$").matcher(script);
        assertThat(matcher.find()).as(name + "= in the script").isTrue();
        return matcher.group(1);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object array) {
        return (List<Map<String, Object>>) array;
    }

    /**
     * An Apple XML property list as maps, lists, strings, booleans and longs. Its DOCTYPE must be
     * Apple's, with no internal subset; the parser fetches no DTD and expands no external entity.
     */
    static Map<String, Object> plist(Path file) throws Exception {
        Document document = ClosedXml.factory(true).newDocumentBuilder().parse(file.toFile());
        assertThat(document.getDoctype()).as(file + ": DOCTYPE").isNotNull();
        assertThat(document.getDoctype().getName()).isEqualTo("plist");
        assertThat(document.getDoctype().getPublicId()).as(file + ": Apple's plist DTD").isEqualTo(APPLE_PLIST);
        assertThat(document.getDoctype().getInternalSubset()).as(file + ": no internal subset").isNull();
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("plist");
        List<Element> top = children(root);
        assertThat(top).as(file + ": one dict").hasSize(1);
        Object value = value(top.get(0));
        assertThat(value).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> dict = (Map<String, Object>) value;
        return dict;
    }

    private static Object value(Element element) {
        return switch (element.getTagName()) {
            case "dict" -> {
                Map<String, Object> dict = new LinkedHashMap<>();
                List<Element> entries = children(element);
                assertThat(entries.size() % 2).as("key and value pairs in a dict").isZero();
                for (int i = 0; i < entries.size(); i += 2) {
                    assertThat(entries.get(i).getTagName()).isEqualTo("key");
                    assertThat(dict.put(entries.get(i).getTextContent(), value(entries.get(i + 1))))
                            .as("key %s once", entries.get(i).getTextContent()).isNull();
                }
                yield dict;
            }
            case "array" -> children(element).stream().map(MacRecipeTest::value).toList();
            case "string" -> element.getTextContent();
            case "integer" -> Long.parseLong(element.getTextContent().strip());
            case "true" -> true;
            case "false" -> false;
            default -> throw new AssertionError("not a plist value: <" + element.getTagName() + ">");
        };
    }

    /** The child elements; anything else between them must be white space or a comment. */
    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element found) {
                children.add(found);
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                assertThat(child.getTextContent().strip()).as("text between plist elements").isEmpty();
            } else {
                assertThat(child.getNodeType()).as("only elements and comments").isEqualTo(Node.COMMENT_NODE);
            }
        }
        return children;
    }
}
