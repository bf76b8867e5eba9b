package org.unhunch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unhunch.settings.DurationSyntax;
import org.unhunch.settings.InvalidSettingException;
import org.unhunch.settings.ModelSetting;
import org.unhunch.settings.ModelSettingsBuilder;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsDocs;
import org.unhunch.settings.SettingsStore;
import org.unhunch.sitting.SittingSettings;
import picocli.CommandLine.Option;

/** The {@code --set key=value} option shared by the commands that run the model (a picocli mixin). */
final class SettingsOption {

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "change a model setting, e.g. --set sit.limit=50m (repeatable)")
    private List<String> assignments = new ArrayList<>();

    /**
     * The model settings after applying the assignments, or empty after saying on {@code err}
     * which one is bad, prefixed with {@code command}.
     */
    Optional<SittingSettings> parse(PrintWriter err, String command) {
        return parse(err, command, SittingSettings.DEFAULTS);
    }

    /**
     * As {@link #parse(PrintWriter, String)}, the assignments applied on top of the settings in
     * {@code store}. A lock wins here too: an assignment to a setting the organisation locked is
     * refused with the words of {@code settings set}.
     */
    Optional<SittingSettings> parse(PrintWriter err, String command, SettingsStore store) {
        Map<Setting, SettingsStore.Resolved> values = store.all();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            Optional<Setting> setting = equals <= 0 ? Optional.empty()
                    : ModelSetting.byKey(assignment.substring(0, equals)).map(Setting::of);
            try {
                setting.ifPresent(known -> SettingsStore.requireNotLocked(values.get(known),
                        assignment.substring(equals + 1)));
            } catch (InvalidSettingException e) {
                err.println(command + ": " + e.getMessage());
                return Optional.empty();
            }
        }
        return parse(err, command, SettingsStore.modelSettings(values));
    }

    private Optional<SittingSettings> parse(PrintWriter err, String command, SittingSettings base) {
        try {
            return Optional.of(applyTo(base));
        } catch (IllegalArgumentException e) {
            err.println(command + ": bad --set " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The assignments applied on top of {@code base}.
     *
     * @throws IllegalArgumentException naming the bad assignment
     */
    SittingSettings applyTo(SittingSettings base) {
        ModelSettingsBuilder builder = new ModelSettingsBuilder(base);
        for (String assignment : assignments) {
            builder.assign(assignment);
        }
        return builder.build();
    }

    /** Help text (a picocli format string): every model setting with its default, range and meaning. */
    static String helpTable() {
        StringBuilder text = new StringBuilder("%nSettings (--set KEY=VALUE; durations such as 90s, 5m, 1h30m):%n");
        for (ModelSetting setting : ModelSetting.values()) {
            text.append(String.format("  %-15s default %s, allowed %s", setting.key(),
                    DurationSyntax.format(setting.defaultValue()), setting.allowedRange())).append("%n");
            for (String line : SettingsDocs.wrap(setting.meaning(), HELP_WIDTH - MEANING_INDENT.length())) {
                text.append(MEANING_INDENT).append(line).append("%n");
            }
        }
        return text.toString();
    }

    private static final int HELP_WIDTH = 80;
    private static final String MEANING_INDENT = " ".repeat(18);
}
