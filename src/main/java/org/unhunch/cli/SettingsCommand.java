package org.unhunch.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.unhunch.settings.InvalidSettingException;
import org.unhunch.settings.Layer;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingText;
import org.unhunch.settings.SettingsStore;
import org.unhunch.settings.SettingsUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "settings",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Shows and changes your settings: list, get KEY, set KEY VALUE, reset [KEY].",
            "Each value comes from a layer: built-in default, organisation default, your setting, or set by your"
                    + " organisation (locked: it cannot be changed here). docs/settings.md lists them all.",
            "A VALUE that starts with '-' is a value, as in: unhunch settings set sit.limit -5m.",
            ""
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:done",
            "1:your settings cannot be saved, or standard output cannot be written",
            "2:bad input: an unknown action or setting, a value not allowed, a setting your organisation locked"
        })
final class SettingsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, get, set or reset")
    private String action;

    @Parameters(index = "1..*", paramLabel = "ARGS", arity = "0..*", description = "KEY, and VALUE for set")
    private List<String> arguments = new ArrayList<>();

    private final OutputStream out;
    private final Function<Consumer<String>, SettingsStore> stores;

    SettingsCommand(OutputStream out) {
        this(out, SettingsStore::forThisUser);
    }

    /** @param stores the settings store, given where to say what is wrong in it */
    SettingsCommand(OutputStream out, Function<Consumer<String>, SettingsStore> stores) {
        this.out = out;
        this.stores = stores;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        StringBuilder text = new StringBuilder();
        try {
            switch (action) {
                case "list" -> {
                    arguments(0, 0, "list");
                    text.append(String.format("%-22s %-22s %s%n", "key", "value", "from"));
                    for (SettingsStore.Resolved resolved : store(err).list()) {
                        text.append(String.format("%-22s %-22s %s%n", resolved.setting().key(),
                                resolved.value().isEmpty() ? "(empty)" : SettingText.escape(resolved.value()),
                                resolved.layer().description() + (resolved.locked() ? " (locked)" : "")));
                    }
                }
                case "get" -> {
                    String key = arguments(1, 1, "get KEY").get(0);
                    Setting setting = Setting.byKey(key).orElseThrow(() -> InvalidSettingException.unknownKey(key));
                    text.append(SettingText.escape(store(err).get(setting).value())).append('\n');
                }
                case "set" -> {
                    List<String> keyAndValue = arguments(2, 2, "set KEY VALUE");
                    store(err).set(keyAndValue.get(0), keyAndValue.get(1));
                    text.append("saved\n");
                }
                case "reset" -> {
                    List<String> key = arguments(0, 1, "reset [KEY]");
                    SettingsStore store = store(err);
                    boolean removed = store.reset(key.isEmpty() ? null : key.get(0));
                    text.append(key.isEmpty() ? allReset(store) : oneReset(store.get(Setting.byKey(key.get(0))
                            .orElseThrow()), removed)).append('\n');
                }
                default -> {
                    err.println("unhunch settings: '" + SettingText.quote(action)
                            + "' is not an action; use list, get, set or reset");
                    return ExitStatus.BAD_INPUT;
                }
            }
        } catch (InvalidSettingException | IllegalStateException e) {
            err.println("unhunch settings: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        } catch (SettingsUnavailableException e) {
            err.println("unhunch settings: " + e.getMessage());
            return ExitStatus.CANNOT_BE_DONE;
        }
        return StandardOutput.write(out, text, err, "settings");
    }

    /** What is in force after {@code reset KEY}: the default, or what the organisation set. */
    private static String oneReset(SettingsStore.Resolved now, boolean ownValueRemoved) {
        String key = now.setting().key();
        String value = SettingText.quote(now.value());
        String removed = ownValueRemoved ? "your own value of " + key + " is removed; "
                : "you had no value of your own for " + key + "; ";
        return switch (now.layer()) {
            case ORGANISATION_LOCK -> removed + key + " stays " + value + ", locked by your organisation";
            case ORGANISATION_DEFAULT -> key + " is back to your organisation's default, " + value;
            default -> key + " is back to its default, " + value;
        };
    }

    /** What is in force after {@code reset}: the defaults, but for what the organisation set. */
    private static String allReset(SettingsStore store) {
        List<String> organisations = store.list().stream().filter(resolved -> resolved.layer() != Layer.BUILT_IN)
                .map(resolved -> resolved.setting().key() + " " + SettingText.quote(resolved.value())
                        + (resolved.locked() ? " (locked)" : ""))
                .toList();
        return organisations.isEmpty() ? "all your settings are back to their defaults"
                : "all your own values are removed; your organisation sets " + String.join(", ", organisations)
                        + ", and the others are back to their defaults";
    }

    private SettingsStore store(PrintWriter err) {
        return stores.apply(message -> err.println("unhunch settings: " + message));
    }

    /** The arguments after the action, refused unless there are {@code min} to {@code max} of them. */
    private List<String> arguments(int min, int max, String usage) {
        if (arguments.size() < min || arguments.size() > max) {
            throw new IllegalStateException("usage: unhunch settings " + usage
                    + (arguments.size() > max ? " ('" + SettingText.quote(arguments.get(max)) + "' is one argument"
                    + " too many)" : ""));
        }
        return arguments;
    }
}
