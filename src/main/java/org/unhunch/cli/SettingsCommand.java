package org.unhunch.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.unhunch.settings.InvalidSettingException;
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
            ""
        })
final class SettingsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, get, set or reset")
    private String action;

    @Parameters(index = "1..*", paramLabel = "ARGS", arity = "0..2", description = "KEY, and VALUE for set")
    private java.util.List<String> arguments = new java.util.ArrayList<>();

    private final OutputStream out;

    SettingsCommand(OutputStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter print = new PrintWriter(out, true, StandardCharsets.UTF_8);
        SettingsStore store = SettingsStore.forThisUser(message -> err.println("unhunch settings: " + message));
        try {
            switch (action) {
                case "list" -> {
                    print.println(String.format("%-22s %-22s %s", "key", "value", "from"));
                    for (SettingsStore.Resolved resolved : store.list()) {
                        print.println(String.format("%-22s %-22s %s", resolved.setting().key(),
                                resolved.value().isEmpty() ? "(empty)" : resolved.value(),
                                resolved.layer().description() + (resolved.locked() ? " (locked)" : "")));
                    }
                }
                case "get" -> {
                    String key = argument(0, "get KEY");
                    SettingsStore.Resolved resolved = store.get(org.unhunch.settings.Setting.byKey(key)
                            .orElseThrow(() -> new InvalidSettingException(key, "", "unknown setting; 'unhunch settings"
                                    + " list' shows them all")));
                    print.println(resolved.value());
                }
                case "set" -> {
                    store.set(argument(0, "set KEY VALUE"), argument(1, "set KEY VALUE"));
                    print.println("saved");
                }
                case "reset" -> {
                    store.reset(arguments.isEmpty() ? null : arguments.get(0));
                    print.println(arguments.isEmpty() ? "all your settings are back to their defaults"
                            : arguments.get(0) + " is back to its default");
                }
                default -> {
                    err.println("unhunch settings: '" + action + "' is not an action; use list, get, set or reset");
                    return ExitStatus.BAD_INPUT;
                }
            }
        } catch (InvalidSettingException | IllegalStateException e) {
            err.println("unhunch settings: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        } catch (SettingsUnavailableException e) {
            err.println("unhunch settings: " + e.getMessage());
            return ExitStatus.AGENT_UNAVAILABLE;
        }
        return ExitStatus.OK;
    }

    private String argument(int index, String usage) {
        if (arguments.size() <= index) {
            throw new IllegalStateException("usage: unhunch settings " + usage);
        }
        return arguments.get(index);
    }
}
