package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four layers, on throwaway preference roots: the build points java.util.prefs.userRoot and
 * systemRoot at target/test-prefs, and each test works in a node of its own.
 */
class SettingsStoreTest {

    private final Preferences user = Preferences.userRoot().node("test-" + UUID.randomUUID());
    private final Preferences system = Preferences.systemRoot().node("test-" + UUID.randomUUID());
    private final List<String> warnings = new ArrayList<>();
    private final SettingsStore store = new SettingsStore(user, system, warnings::add);

    @BeforeAll
    static void neverTheDevelopersOwnPreferences() {
        assertThat(System.getProperty("java.util.prefs.userRoot")).as("set by the build").contains("test-prefs");
    }

    @Test
    void the_throwaway_roots_are_really_where_the_values_go() throws Exception {
        put(system, "probe", "k", "v");
        put(user, "probe", "k", "v");
        assertThat(java.nio.file.Path.of(System.getProperty("java.util.prefs.systemRoot"), ".systemPrefs",
                system.name(), "probe", "prefs.xml")).as("not $JAVA_HOME/.systemPrefs").isRegularFile();
        assertThat(java.nio.file.Path.of(System.getProperty("java.util.prefs.userRoot"), ".java", ".userPrefs",
                user.name(), "probe", "prefs.xml")).isRegularFile();
    }

    @AfterEach
    void removeNodes() throws BackingStoreException {
        user.removeNode();
        system.removeNode();
    }

    private void put(Preferences root, String node, String key, String value) throws BackingStoreException {
        root.node(node).put(key, value);
        root.node(node).flush();
    }

    @Test
    void each_layer_overrides_the_one_below_and_a_lock_overrides_all() throws Exception {
        assertThat(store.get(Setting.SIT_LIMIT)).extracting(SettingsStore.Resolved::value, SettingsStore.Resolved::layer)
                .containsExactly("45m", Layer.BUILT_IN);
        put(system, SettingsStore.DEFAULTS_NODE, "sit.limit", "50m");
        assertThat(store.get(Setting.SIT_LIMIT).layer()).isEqualTo(Layer.ORGANISATION_DEFAULT);
        put(user, SettingsStore.USER_NODE, "sit.limit", "40m");
        assertThat(store.get(Setting.SIT_LIMIT)).extracting(SettingsStore.Resolved::value, SettingsStore.Resolved::layer)
                .containsExactly("40m", Layer.USER);
        put(system, SettingsStore.LOCKED_NODE, "sit.limit", "1h");
        assertThat(store.get(Setting.SIT_LIMIT)).extracting(SettingsStore.Resolved::value, SettingsStore.Resolved::layer)
                .containsExactly("1h", Layer.ORGANISATION_LOCK);
        assertThat(store.get(Setting.SIT_LIMIT).locked()).isTrue();
        assertThat(store.modelSettings().sitLimit()).isEqualTo(Duration.ofHours(1));
        assertThat(warnings).isEmpty();
    }

    @Test
    void a_locked_key_cannot_be_set_by_the_person_and_the_message_says_the_organisation_set_it() throws Exception {
        put(system, SettingsStore.LOCKED_NODE, "prompt.maxwait", "30s");
        assertThatThrownBy(() -> store.set("prompt.maxWait", "10s"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("prompt.maxWait=10s: set by your organisation (30s); it cannot be changed here");
        assertThat(user.node(SettingsStore.USER_NODE).get("prompt.maxwait", null)).isNull();
    }

    @Test
    void bad_values_fall_back_to_the_layer_below_with_one_warning_naming_layer_key_and_value() throws Exception {
        put(system, SettingsStore.DEFAULTS_NODE, "snooze", "15m");
        put(user, SettingsStore.USER_NODE, "snooze", "2h");
        put(user, SettingsStore.USER_NODE, "sounds", "loud");
        put(system, SettingsStore.LOCKED_NODE, "retention.days", "three");
        assertThat(store.get(Setting.SNOOZE).value()).isEqualTo("15m");
        assertThat(store.get(Setting.SOUNDS).value()).isEqualTo("true");
        assertThat(store.get(Setting.RETENTION_DAYS).value()).isEqualTo("365");
        assertThat(warnings).containsExactlyInAnyOrder(
                "your setting snooze=2h: out of range; allowed 1m–1h; using the organisation default 15m",
                "your setting sounds=loud: not true or false; allowed true, false; using the built-in default true",
                "set by your organisation retention.days=three: not a whole number of days; allowed 7–3650,"
                        + " in digits 0–9 without sign or leading zero;"
                        + " using the built-in default 365");
    }

    @Test
    void an_engaged_limit_shorter_than_the_break_gap_in_force_falls_back_to_the_layer_below() throws Exception {
        put(system, SettingsStore.LOCKED_NODE, "break.gap", "20m");
        put(user, SettingsStore.USER_NODE, "engaged.limit", "15m");
        assertThat(store.get(Setting.ENGAGED_LIMIT)).extracting(SettingsStore.Resolved::value,
                SettingsStore.Resolved::layer).containsExactly("2h", Layer.BUILT_IN);
        put(system, SettingsStore.DEFAULTS_NODE, "engaged.limit", "30m");
        assertThat(store.modelSettings().engagedLimit()).isEqualTo(Duration.ofMinutes(30));
        assertThat(store.modelSettings().breakGap()).isEqualTo(Duration.ofMinutes(20));
        assertThat(warnings).containsExactly(
                "your setting engaged.limit=15m: must not be shorter than break.gap (20m); using the built-in default 2h",
                "your setting engaged.limit=15m: must not be shorter than break.gap (20m); using the organisation"
                        + " default 30m");
    }

    @Test
    void set_refuses_a_value_that_would_make_the_engaged_limit_shorter_than_the_break_gap() {
        store.set("engaged.limit", "10m");
        store.set("break.gap", "10m");
        assertThatThrownBy(() -> store.set("break.gap", "11m"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("engaged.limit=10m: must not be shorter than break.gap (11m)");
        assertThatThrownBy(() -> store.set("engaged.limit", "9m")).hasMessageContaining("out of range");
        assertThat(user.node(SettingsStore.USER_NODE).get("break.gap", null)).isEqualTo("10m");
        assertThat(store.modelSettings().engagedLimit()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void unknown_keys_are_said_once_and_ignored() throws Exception {
        put(user, SettingsStore.USER_NODE, "sit.limitt", "50m");
        store.all();
        store.all();
        assertThat(warnings).containsExactly("your setting sit.limitt=50m: unknown setting, ignored");
    }

    @Test
    void set_checks_and_stores_in_lower_case_and_reset_removes_the_persons_value() {
        store.set("prompt.maxWait", "90s");
        assertThat(user.node(SettingsStore.USER_NODE).get("prompt.maxwait", null)).isEqualTo("1m30s");
        assertThat(store.get(Setting.PROMPT_MAX_WAIT).layer()).isEqualTo(Layer.USER);
        assertThatThrownBy(() -> store.set("theme", "purple"))
                .hasMessage("theme=purple: not one of system, light, dark; allowed system, light, dark");
        assertThatThrownBy(() -> store.set("colour", "red")).hasMessageContaining("unknown setting");
        store.reset("prompt.maxWait");
        assertThat(store.get(Setting.PROMPT_MAX_WAIT).layer()).isEqualTo(Layer.BUILT_IN);
    }

    @Test
    void a_store_that_cannot_be_written_is_a_clear_error_and_one_that_cannot_be_read_gives_defaults() {
        SettingsStore broken = new SettingsStore(new BrokenPreferences(), system, warnings::add);
        assertThatThrownBy(() -> broken.set("sounds", "false"))
                .isInstanceOf(SettingsUnavailableException.class)
                .hasMessageContaining("your settings cannot be saved");
        assertThat(broken.get(Setting.SOUNDS).value()).isEqualTo("true");
        assertThat(warnings).singleElement().asString().contains("cannot be read");
    }

    /** A preferences store whose backing store always fails, as on a locked-down profile. */
    private static final class BrokenPreferences extends AbstractPreferences {
        BrokenPreferences() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
        }

        @Override
        protected String getSpi(String key) {
            return null;
        }

        @Override
        protected void removeSpi(String key) {
        }

        @Override
        protected void removeNodeSpi() {
        }

        @Override
        protected String[] keysSpi() throws BackingStoreException {
            throw new BackingStoreException("no access");
        }

        @Override
        protected String[] childrenNamesSpi() throws BackingStoreException {
            throw new BackingStoreException("no access");
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            return new BrokenChild(this, name);
        }

        @Override
        protected void syncSpi() throws BackingStoreException {
            throw new BackingStoreException("read-only");
        }

        @Override
        protected void flushSpi() throws BackingStoreException {
            throw new BackingStoreException("read-only");
        }
    }

    private static final class BrokenChild extends AbstractPreferences {
        BrokenChild(AbstractPreferences parent, String name) {
            super(parent, name);
        }

        @Override
        protected void putSpi(String key, String value) {
        }

        @Override
        protected String getSpi(String key) {
            return null;
        }

        @Override
        protected void removeSpi(String key) {
        }

        @Override
        protected void removeNodeSpi() {
        }

        @Override
        protected String[] keysSpi() throws BackingStoreException {
            throw new BackingStoreException("no access");
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            return new BrokenChild(this, name);
        }

        @Override
        protected void syncSpi() throws BackingStoreException {
            throw new BackingStoreException("read-only");
        }

        @Override
        protected void flushSpi() throws BackingStoreException {
            throw new BackingStoreException("read-only");
        }
    }
}
