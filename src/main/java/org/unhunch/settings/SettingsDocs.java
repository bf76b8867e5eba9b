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
        text.append("\n## How values are written\n\n")
                .append("One syntax for each type, the same everywhere a value comes in: `settings set`, `--set`,\n")
                .append("a policy file, the settings dialog, and the store read back (a stored value that breaks it\n")
                .append("is said once, and the layer below is used). Every value is one line of text of at most\n")
                .append(SettingText.MAX_LENGTH)
                .append(" characters, without control characters (tab and newline among them), Unicode\n")
                .append("non-characters or a space at its start or end: it is taken exactly as written, never")
                .append(" trimmed.\n\n")
                .append("| type | written as |\n|---|---|\n");
        for (SettingType type : SettingType.values()) {
            text.append("| ").append(type.name().toLowerCase(java.util.Locale.ROOT)).append(" | ").append(type.syntax())
                    .append(" |\n");
        }
        text.append("\n## The settings dialog\n\n")
                .append("Settings… in the tray menu. A change is saved at once and the running agent takes it at once;\n")
                .append("Escape, Ctrl+W or Close close the dialog.\n\n")
                .append("- Durations are in minutes (`min`), or in seconds (`s`) where the whole range is within a\n")
                .append("  minute (`prompt.pause`). A number typed out of range, or not a number, is never saved: the\n")
                .append("  range and unit are said beside it (\"Between 10 and 180 min\") and the last good value stays.\n")
                .append("- A setting the organisation locked is greyed, with \"Set by your organisation\".\n")
                .append("- Where this run uses another value than the stored one, given on its command line\n")
                .append("  (`--set`, `--routine`, `--routine-file`), the dialog says so under the control (\"This run\n")
                .append("  uses 30 min (set on the command line); your change applies from the next start.\").\n")
                .append("- \"Start Unhunch when I log in\" shows whether it happens: ticked where the login entry is\n")
                .append("  there or is about to be written. A jar started by hand writes none until someone sets\n")
                .append("  `startatlogin` (the box, `settings set`, or the organisation); an installed copy follows the\n")
                .append("  setting, default included.\n")
                .append("- The routine file has a Choose… button beside its field (JSON files, opening in the folder of\n")
                .append("  the file named now).\n");
        return text.toString();
    }

    /** Every setting with its default, what is allowed and its meaning, for the command line's help. */
    public static String helpText() {
        StringBuilder text = new StringBuilder("\nSettings (unhunch settings set KEY VALUE):\n");
        for (Setting setting : Setting.values()) {
            text.append("  ").append(setting.key()).append(" = ")
                    .append(setting.defaultValue().isEmpty() ? "(empty)" : setting.defaultValue()).append('\n');
            text.append(MEANING_INDENT).append("allowed: ").append(setting.allowed()).append('\n');
            for (String line : wrap(setting.meaning(), HELP_WIDTH - MEANING_INDENT.length())) {
                text.append(MEANING_INDENT).append(line).append('\n');
            }
        }
        return text.toString();
    }

    private static final int HELP_WIDTH = 78;
    private static final String MEANING_INDENT = " ".repeat(6);

    /** {@code text} in lines of at most {@code width} characters, broken between words. */
    public static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
