package org.unhunch.settings;

/** The settings table of {@code docs/settings.md}, made from the registry (a test keeps the file current). */
public final class SettingsDocs {

    private SettingsDocs() {
    }

    public static String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("# Settings\n\n")
                .append("Generated from the registry in `org.unhunch.settings.Setting`; a test fails when this file is\n")
                .append("stale. Layers, lowest to highest: built-in default < organisation default (system node\n")
                .append("`").append(SettingsStore.DEFAULTS_NODE).append("`) < the person's own (user node `")
                .append(SettingsStore.USER_NODE).append("`) < organisation\nlock (system node `")
                .append(SettingsStore.LOCKED_NODE).append("`). Keys are stored in lower case (the \"stored as\"\n")
                .append("column), which the Windows registry keeps without escapes.\n\n")
                .append("| key | stored as | type | default | allowed | meaning |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Setting setting : Setting.values()) {
            text.append("| `").append(setting.key()).append("` | `").append(setting.storedKey()).append("` | ")
                    .append(setting.type().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(setting.defaultValue().isEmpty() ? "(empty)" : "`" + setting.defaultValue() + "`")
                    .append(" | ").append(setting.allowed()).append(" | ").append(setting.meaning()).append(" |\n");
        }
        return text.toString();
    }
}
