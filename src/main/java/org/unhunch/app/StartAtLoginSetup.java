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
        boolean installed = System.getProperty("jpackage.app-path") != null;
        if (!installed && resolved.layer() == Layer.BUILT_IN) {
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
}
