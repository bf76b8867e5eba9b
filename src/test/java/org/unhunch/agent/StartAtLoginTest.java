package org.unhunch.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartAtLoginTest {

    private static final List<String> COMMAND = List.of("/opt/java 17/bin/java", "-jar", "/home/ann/un$hunch.jar");
    private static final List<String> MAC_COMMAND = List.of("/Applications/Unhunch.app/Contents/MacOS/Unhunch");

    @Test
    void on_linux_an_autostart_entry_is_written_in_the_xdg_config_folder_and_removed_again(@TempDir Path home)
            throws Exception {
        StartAtLogin login = StartAtLogin.forPlatform("Linux", Map.of("XDG_CONFIG_HOME", home.resolve("cfg").toString(),
                "XDG_CONFIG_DIRS", home.resolve("no-system-entry").toString()), home.toString()).orElseThrow();
        assertThat(login.entry()).isEqualTo(home.resolve("cfg/autostart/unhunch.desktop"));

        login.apply(true, COMMAND);
        String entry = Files.readString(login.entry(), StandardCharsets.UTF_8);
        assertThat(entry).startsWith("[Desktop Entry]\n").contains("Type=Application\n", "Name=Unhunch\n",
                "Exec=\"/opt/java 17/bin/java\" -jar \"/home/ann/un\\\\$hunch.jar\"\n");
        login.apply(true, COMMAND);
        assertThat(Files.list(login.entry().getParent())).as("no temporary file left").hasSize(1);

        login.apply(false, COMMAND);
        assertThat(login.entry()).doesNotExist();
        login.apply(false, COMMAND);
    }

    @Test
    void on_linux_it_starts_at_login_exactly_while_the_entry_is_there(@TempDir Path home) throws Exception {
        StartAtLogin login = StartAtLogin.forPlatform("Linux", Map.of("XDG_CONFIG_HOME", home.resolve("cfg").toString(),
                "XDG_CONFIG_DIRS", home.resolve("no-system-entry").toString()), home.toString()).orElseThrow();
        assertThat(login.startsAtLogin()).as("nothing set up").isFalse();

        login.apply(true, COMMAND);
        assertThat(login.startsAtLogin()).isTrue();
        login.apply(false, COMMAND);
        assertThat(login.startsAtLogin()).isFalse();
    }

    @Test
    void where_the_package_starts_it_for_everyone_it_starts_at_login_unless_this_user_hides_it(@TempDir Path home)
            throws Exception {
        Path system = home.resolve("etc-xdg/autostart/unhunch.desktop");
        Files.createDirectories(system.getParent());
        Files.writeString(system, "[Desktop Entry]\nType=Application\nName=Unhunch\nExec=unhunch\n");
        StartAtLogin login = StartAtLogin.forPlatform("Linux", Map.of("XDG_CONFIG_HOME", home.resolve("cfg").toString(),
                "XDG_CONFIG_DIRS", home.resolve("etc-xdg").toString()), home.toString()).orElseThrow();
        assertThat(login.startsAtLogin()).isTrue();

        login.apply(false, COMMAND);
        assertThat(login.startsAtLogin()).isFalse();
        login.apply(true, COMMAND);
        assertThat(login.startsAtLogin()).isTrue();
    }

    @Test
    void where_the_package_starts_it_for_everyone_off_hides_that_entry_and_on_shows_it_again(@TempDir Path home)
            throws Exception {
        Path system = home.resolve("etc-xdg/autostart/unhunch.desktop");
        Files.createDirectories(system.getParent());
        Files.writeString(system, "[Desktop Entry]\nType=Application\nName=Unhunch\nExec=unhunch\n");
        StartAtLogin login = StartAtLogin.forPlatform("Linux", Map.of("XDG_CONFIG_HOME", home.resolve("cfg").toString(),
                "XDG_CONFIG_DIRS", "/nonexistent:" + home.resolve("etc-xdg")), home.toString()).orElseThrow();

        login.apply(true, COMMAND);
        assertThat(login.entry()).as("the package's entry starts it").doesNotExist();
        login.apply(false, COMMAND);
        assertThat(login.entry()).content().contains("Hidden=true\n");
        login.apply(true, COMMAND);
        assertThat(login.entry()).doesNotExist();
        assertThat(system).as("never touched").content().contains("Exec=unhunch");
    }

    @Test
    void where_the_package_starts_it_a_users_own_entry_is_kept_when_on(@TempDir Path home) throws Exception {
        Path system = home.resolve("xdg/autostart/unhunch.desktop");
        Files.createDirectories(system.getParent());
        Files.writeString(system, "[Desktop Entry]\nExec=unhunch\n");
        Path own = home.resolve("cfg/autostart/unhunch.desktop");
        Files.createDirectories(own.getParent());
        Files.writeString(own, "[Desktop Entry]\nType=Application\nName=Unhunch\nExec=unhunch --my-own\n");
        StartAtLogin login = StartAtLogin.forPlatform("Linux", Map.of("XDG_CONFIG_HOME", home.resolve("cfg").toString(),
                "XDG_CONFIG_DIRS", home.resolve("xdg").toString()), home.toString()).orElseThrow();

        login.apply(true, COMMAND);
        assertThat(own).content().contains("--my-own");
    }

    @Test
    void without_xdg_config_home_the_folder_is_dot_config() {
        assertThat(StartAtLogin.forPlatform("Linux", Map.of(), "/home/ann").orElseThrow().entry())
                .isEqualTo(Path.of("/home/ann/.config/autostart/unhunch.desktop"));
        assertThat(StartAtLogin.forPlatform("Windows 11", Map.of(), "C:/Users/ann")).isEmpty();
    }

    @Test
    void on_macos_a_launch_agent_that_runs_at_load(@TempDir Path home) throws Exception {
        StartAtLogin login = StartAtLogin.forPlatform("Mac OS X", Map.of(), home.toString()).orElseThrow();
        login.apply(true, List.of("/Applications/Unhunch.app/Contents/MacOS/Unhunch"));
        Path plist = home.resolve("Library/LaunchAgents/org.unhunch.agent.plist");
        assertThat(login.entry()).isEqualTo(plist);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var document = factory.newDocumentBuilder().parse(plist.toFile());
        assertThat(document.getElementsByTagName("string").item(0).getTextContent()).isEqualTo("org.unhunch.agent");
        assertThat(document.getElementsByTagName("string").item(1).getTextContent())
                .isEqualTo("/Applications/Unhunch.app/Contents/MacOS/Unhunch");
        assertThat(document.getElementsByTagName("true").getLength()).isEqualTo(1);
    }

    @Test
    void where_the_pkg_starts_it_for_everyone_on_macos_launchds_switch_for_this_user_follows_the_setting(
            @TempDir Path home) throws Exception {
        Path system = Files.writeString(home.resolve("org.unhunch.Unhunch.plist"), "<plist/>");
        Path own = home.resolve("Library/LaunchAgents/org.unhunch.agent.plist");
        List<Boolean> switched = new ArrayList<>();
        StartAtLogin login = new StartAtLogin(own, true, Optional.of(system), switched::add);

        login.apply(true, MAC_COMMAND);
        assertThat(own).as("the pkg's launch agent starts it").doesNotExist();
        login.apply(true, MAC_COMMAND);
        assertThat(switched).as("launchctl once per change").containsExactly(true);
        login.apply(false, MAC_COMMAND);
        login.apply(false, MAC_COMMAND);
        login.apply(true, MAC_COMMAND);
        assertThat(switched).containsExactly(true, false, true);
        assertThat(system).as("never touched").content().isEqualTo("<plist/>");
    }

    @Test
    void where_the_pkg_starts_it_on_macos_a_launch_agent_unhunch_wrote_is_removed_so_two_never_start(
            @TempDir Path home) throws Exception {
        Path system = Files.writeString(home.resolve("org.unhunch.Unhunch.plist"), "<plist/>");
        Path own = home.resolve("Library/LaunchAgents/org.unhunch.agent.plist");
        new StartAtLogin(own, true).apply(true, List.of("/usr/bin/java", "-jar", "/Users/ann/unhunch.jar"));
        assertThat(own).as("written by a jar before the pkg came").exists();

        new StartAtLogin(own, true, Optional.of(system), enabled -> { }).apply(true, MAC_COMMAND);
        assertThat(own).doesNotExist();

        Files.createDirectories(own.getParent());
        Files.writeString(own, "<plist version=\"1.0\"><dict><key>Label</key><string>mine</string></dict></plist>");
        new StartAtLogin(own, true, Optional.of(system), enabled -> { }).apply(true, MAC_COMMAND);
        assertThat(own).as("one the person wrote is kept when on").content().contains("mine");
        new StartAtLogin(own, true, Optional.of(system), enabled -> { }).apply(false, MAC_COMMAND);
        assertThat(own).as("and removed when off, as without the pkg").doesNotExist();
    }

    @Test
    void where_launchctl_fails_on_macos_it_is_thrown_and_asked_again_next_time(@TempDir Path home)
            throws Exception {
        Path system = Files.writeString(home.resolve("org.unhunch.Unhunch.plist"), "<plist/>");
        List<Boolean> asked = new ArrayList<>();
        StartAtLogin login = new StartAtLogin(home.resolve("org.unhunch.agent.plist"), true, Optional.of(system),
                enabled -> {
                    asked.add(enabled);
                    if (asked.size() == 1) {
                        throw new IOException("launchctl exited with status 5");
                    }
                });
        assertThatThrownBy(() -> login.apply(false, MAC_COMMAND)).isInstanceOf(IOException.class);
        login.apply(false, MAC_COMMAND);
        assertThat(asked).containsExactly(false, false);
    }

    @Test
    void launchctl_switches_the_pkgs_launch_agent_in_this_users_gui_domain() throws Exception {
        assertThat(StartAtLogin.launchctlCommand(501, false))
                .containsExactly("/bin/launchctl", "disable", "gui/501/org.unhunch.Unhunch");
        assertThat(StartAtLogin.launchctlCommand(502, true))
                .containsExactly("/bin/launchctl", "enable", "gui/502/org.unhunch.Unhunch");
        assertThat(StartAtLogin.SYSTEM_LAUNCH_AGENT)
                .isEqualTo(Path.of("/Library/LaunchAgents/org.unhunch.Unhunch.plist"));
        // The pkg's launch agent (packaging/macos) has the label this code switches
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var document = factory.newDocumentBuilder()
                .parse(Path.of("packaging/macos/org.unhunch.Unhunch.plist").toFile());
        assertThat(document.getElementsByTagName("string").item(0).getTextContent())
                .isEqualTo(StartAtLogin.SYSTEM_LABEL);
        assertThat(Files.readString(Path.of("packaging/macos/resources/postinstall")))
                .contains(StartAtLogin.SYSTEM_LAUNCH_AGENT.getParent().toString(), StartAtLogin.SYSTEM_LABEL);
    }

    @Test
    void exec_arguments_are_quoted_only_where_needed() {
        assertThat(StartAtLogin.execArgument("/usr/bin/java")).isEqualTo("/usr/bin/java");
        assertThat(StartAtLogin.execArgument("-XX:+UseSerialGC")).isEqualTo("-XX:+UseSerialGC");
        assertThat(StartAtLogin.execArgument("a \"b\" 50%")).isEqualTo("\"a \\\\\"b\\\\\" 50%%\"");
        assertThat(StartAtLogin.execArgument("C:\\x y")).isEqualTo("\"C:\\\\\\\\x y\"");
    }

    @Test
    void the_login_command_runs_the_jar_with_the_readme_idle_options_and_on_linux_the_x_toolkits_poll() {
        Path java = Path.of("/opt/jdk/bin/java");
        Path jar = Path.of("/opt/unhunch/unhunch.jar");
        List<String> options = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:+IgnoreUnrecognizedVMOptions",
                "-XX:+UnlockDiagnosticVMOptions", "-XX:AsyncDeflationInterval=10000",
                "-XX:GuaranteedSafepointInterval=10000", "-jar", jar.toString());

        List<String> expected = new java.util.ArrayList<>(List.of("/usr/bin/env", "_AWT_MAX_POLL_TIMEOUT=1000",
                java.toString()));
        expected.addAll(options);
        assertThat(StartAtLogin.javaCommand("Linux", java, jar)).isEqualTo(expected);
        List<String> elsewhere = new java.util.ArrayList<>(List.of(java.toString()));
        elsewhere.addAll(options);
        assertThat(StartAtLogin.javaCommand("Mac OS X", java, jar)).isEqualTo(elsewhere);
    }
}
