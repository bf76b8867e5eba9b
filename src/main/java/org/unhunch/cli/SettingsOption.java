package org.unhunch.cli;

import java.util.List;
import org.unhunch.settings.DurationSyntax;
import org.unhunch.settings.ModelSetting;
import org.unhunch.settings.ModelSettingsBuilder;
import org.unhunch.sitting.SittingSettings;

/** The {@code --set key=value} option shared by the commands that run the model. */
final class SettingsOption {

    private SettingsOption() {
    }

    /** The model settings after applying {@code assignments}; the exception message names the bad one. */
    static SittingSettings parse(List<String> assignments) {
        ModelSettingsBuilder builder = new ModelSettingsBuilder();
        for (String assignment : assignments) {
            builder.assign(assignment);
        }
        return builder.build();
    }

    /** Help text (a picocli format string): every model setting with its default, range and meaning. */
    static String helpTable() {
        StringBuilder text = new StringBuilder();
        text.append("Settings (--set KEY=VALUE; durations such as 90s, 5m, 1h30m):%n");
        text.append(String.format("  %-15s %-8s %-9s %s", "key", "default", "allowed", "meaning")).append("%n");
        for (ModelSetting setting : ModelSetting.values()) {
            text.append(String.format("  %-15s %-8s %-9s ", setting.key(),
                    DurationSyntax.format(setting.defaultValue()), setting.allowedRange()));
            text.append(setting.meaning()).append("%n");
        }
        return text.toString();
    }
}
