package org.unhunch.app;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.agent.StartAtLogin;
import org.unhunch.settings.Layer;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;

/**
 * Keeps the login entry in line with {@code startatlogin}. An installed copy follows the setting
 * whatever its layer; a jar started by hand (a developer, a trial) only when someone set the value —
 * the person or the organisation — so that trying Unhunch out never adds it to anyone's login.
 */
final class StartAtLoginSetup {

    private static final Logger LOG = LoggerFactory.getLogger(StartAtLoginSetup.class);

    private StartAtLoginSetup() {
    }

    static void apply(Map<Setting, SettingsStore.Resolved> values) {
        SettingsStore.Resolved resolved = values.get(Setting.START_AT_LOGIN);
        if (!followsTheSetting(resolved, installed())) {
            return;
        }
        Optional<StartAtLogin> login = StartAtLogin.forThisPlatform();
        Optional<List<String>> command = StartAtLogin.thisCommand();
        if (login.isEmpty() || command.isEmpty()) {
            LOG.info("Start at login is not set from here on this platform or for this copy; the installer sets it");
            return;
        }
        boolean start = Boolean.parseBoolean(resolved.value());
        try {
            login.get().apply(start, command.get());
            LOG.info("Start at login {} ({})", start ? "on" : "off", login.get().entry());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Start at login cannot be {} in {} ({})", start ? "set" : "removed", login.get().entry(),
                    e.getMessage());
        }
    }

    /** Whether Unhunch starts at login for this user with {@code values}, on this platform and for this copy. */
    static boolean startsAtLogin(Map<Setting, SettingsStore.Resolved> values) {
        return startsAtLogin(values.get(Setting.START_AT_LOGIN), installed(), StartAtLogin.forThisPlatform(),
                StartAtLogin.thisCommand().isPresent());
    }

    /**
     * Where {@link #apply} writes the entry from the setting, the setting's value (the entry is there,
     * or is about to be); elsewhere whether an entry is there; with no entry of Unhunch's on this
     * platform (Windows, where the installer keeps it), the setting's value.
     */
    static boolean startsAtLogin(SettingsStore.Resolved resolved, boolean installed, Optional<StartAtLogin> login,
                                 boolean commandKnown) {
        if (login.isEmpty() || followsTheSetting(resolved, installed) && commandKnown) {
            return Boolean.parseBoolean(resolved.value());
        }
        return login.get().startsAtLogin();
    }

    private static boolean followsTheSetting(SettingsStore.Resolved resolved, boolean installed) {
        return installed || resolved.layer() != Layer.BUILT_IN;
    }

    private static boolean installed() {
        return System.getProperty("jpackage.app-path") != null;
    }
}
