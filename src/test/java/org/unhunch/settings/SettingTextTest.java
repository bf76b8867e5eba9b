package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unhunch.text.TerminalText;

/**
 * Every way a value comes in refuses text the preferences store cannot read back (finding 2) or
 * cannot hold at all (finding 13): {@code settings set} and the settings dialog through the store,
 * {@code --set} through the builder, policy through the policy file; all of them through
 * {@link Setting#check}.
 */
class SettingTextTest {

    private final Preferences user = Preferences.userRoot().node("test-" + UUID.randomUUID());
    private final Preferences system = Preferences.systemRoot().node("test-" + UUID.randomUUID());
    private final List<String> warnings = new ArrayList<>();
    private final SettingsStore store = new SettingsStore(user, system, warnings::add);

    @AfterEach
    void removeNodes() throws BackingStoreException {
        user.removeNode();
        system.removeNode();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tmp/x\u001by.json", "/tmp/\u0001", "/tmp/a\tb", "/tmp/a\nb", "/tmp/\u007f", "/tmp/\u0085",
        "/tmp/\uffff", "/tmp/\ufffe", "/tmp/\ufdd0", "/tmp/\ufdef", "/tmp/\ud83f\udfff", "/tmp/\udbff\udffe",
        "/tmp/\ud800", "/tmp/\udc00x"})
    void a_value_the_store_cannot_read_back_is_refused_every_way_in(String value) throws BackingStoreException {
        // Quoted, a value keeps a tab as it is (harmless on a terminal); every other character here is escaped.
        assertThatThrownBy(() -> store.set("routine.file", value))
                .isInstanceOf(InvalidSettingException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsPattern("control character|non-character|surrogate")
                        .startsWith("routine.file=/tmp/").matches(SettingTextTest::printable)
                        .doesNotContain(value.contains("\t") ? "\u0000" : value.substring(5)));
        assertThat(user.nodeExists(SettingsStore.USER_NODE)).as("nothing written").isFalse();
        String duration = "5m" + value.substring(5);
        assertThatThrownBy(() -> new ModelSettingsBuilder().assign("snooze=" + duration))
                .hasMessageContaining("snooze=5m").hasMessageFindingMatch("control character|non-character|surrogate");
        for (Setting setting : Setting.values()) {
            assertThatThrownBy(() -> setting.check(setting.defaultValue() + value.substring(5)))
                    .as(setting.key()).isInstanceOf(InvalidSettingException.class);
        }
    }

    @Test
    void a_policy_value_with_a_control_character_is_refused_naming_it_escaped(@TempDir Path folder) throws Exception {
        String policy = """
                <?xml version="1.1" encoding="UTF-8"?>
                <preferences><root type="system"><map/><node name="org"><map/><node name="unhunch"><map/>
                <node name="policy"><map/><node name="locked"><map>
                <entry key="routine.file" value="/srv/x&#27;y.json"/><entry key="theme" value="dark&#x85;"/>
                </map></node></node></node></node></root></preferences>
                """;
        Path file = Files.writeString(folder.resolve("p.xml"), policy, StandardCharsets.UTF_8);
        assertThat(PolicyFile.read(file).problems()).containsExactly(
                file + ": /org/unhunch/policy/locked: routine.file=/srv/x\\u001by.json: holds the control character"
                        + " \\u001b at character 7; a value is one line of printable text",
                file + ": /org/unhunch/policy/locked: theme=dark\\u0085: holds the control character \\u0085 at"
                        + " character 5; a value is one line of printable text");
    }

    @Test
    void a_value_too_long_for_the_store_is_bad_input_saying_too_long() {
        String path = "/" + "a".repeat(8999);
        assertThatThrownBy(() -> store.set("routine.file", path))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("routine.file=/" + "a".repeat(59) + "… (9000 characters): too long: 9000 characters;"
                        + " at most 8192");
        assertThat(Setting.ROUTINE_FILE.check("/" + "a".repeat(8191))).hasSize(8192);
    }

    @Test
    void every_stored_key_and_node_name_fits_the_store() {
        for (Setting setting : Setting.values()) {
            assertThat(setting.storedKey().length()).isLessThanOrEqualTo(Preferences.MAX_KEY_LENGTH);
            assertThat(setting.check(setting.defaultValue())).isEqualTo(setting.defaultValue());
        }
        for (String path : List.of(SettingsStore.USER_NODE, SettingsStore.DEFAULTS_NODE, SettingsStore.LOCKED_NODE)) {
            assertThat(path.split("/")).allSatisfy(name -> assertThat(name.length())
                    .isLessThanOrEqualTo(Preferences.MAX_NAME_LENGTH));
        }
    }

    @Test
    void quoting_escapes_what_a_terminal_would_obey_and_cuts_long_text() {
        assertThat(SettingText.quote("\u001b]0;title\u0007")).isEqualTo("\\u001b]0;title\\u0007");
        assertThat(SettingText.quote("\ud83d\ude00 \uffff \ud800")).isEqualTo("\ud83d\ude00 \\uffff \\ud800");
        assertThat(SettingText.quote("\udbff\udfff")).isEqualTo("\\udbff\\udfff");
        assertThat(SettingText.quote("\u202eb\u2028a\tc")).isEqualTo("\\u202eb\\u2028a\tc");
        assertThat(SettingText.quote("x".repeat(61))).isEqualTo("x".repeat(60) + "… (61 characters)");
        assertThat(SettingText.escape("x".repeat(61))).hasSize(61);
    }

    /** Whether {@code message} holds nothing a terminal would obey (a tab is harmless, and kept). */
    static boolean printable(String message) {
        return message.codePoints().noneMatch(TerminalText::isEscaped);
    }
}
