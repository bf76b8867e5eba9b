package org.unhunch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.unhunch.routine.RoutineFile;
import org.unhunch.routine.RoutineFileException;
import org.unhunch.settings.PolicyFile;
import org.unhunch.settings.PolicyStore;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingText;
import org.unhunch.settings.SettingsStore;
import org.unhunch.settings.SystemPreferencesLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "policy",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "For IT: the organisation's settings in the system preferences: show, export FILE, import FILE.",
            "The file is the JDK's preferences XML (java.util.prefs) with a system root: keys under"
                    + " " + SettingsStore.DEFAULTS_NODE + " are defaults a person may change, keys under "
                    + SettingsStore.LOCKED_NODE + " are locked. Import checks every key and value first"
                    + " (nothing is written if one is wrong), and the routine file routine.file names where it"
                    + " exists on this machine, then replaces the organisation's settings with the"
                    + " file's. It writes the system node, so it needs an administrator. docs/deployment.md"
                    + " says how to push policy to a fleet.",
            ""
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:done",
            "1:the system preferences cannot be read or written (import needs an administrator), or the output"
                    + " cannot be written",
            "2:bad input: an unknown action, or a policy file that is refused (nothing is imported)"
        })
final class PolicyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "show, export or import")
    private String action;

    @Parameters(index = "1", paramLabel = "FILE", arity = "0..1", description = "the XML file, for export and import")
    private Path file;

    private final OutputStream out;
    private final Supplier<Preferences> systemRoot;

    PolicyCommand(OutputStream out) {
        this(out, () -> {
            SystemPreferencesLocation.prepareForWriting();
            return Preferences.systemRoot();
        });
    }

    /** @param systemRoot the machine's preferences root, asked for once the command runs */
    PolicyCommand(OutputStream out, Supplier<Preferences> systemRoot) {
        this.out = out;
        this.systemRoot = systemRoot;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        StringBuilder text = new StringBuilder();
        int status;
        try {
            status = switch (action) {
                case "show" -> show(text);
                case "export" -> export(text, err);
                case "import" -> importFile(text, err);
                default -> {
                    err.println("unhunch policy: '" + SettingText.quote(action)
                            + "' is not an action; use show, export or import");
                    yield ExitStatus.BAD_INPUT;
                }
            };
        } catch (BackingStoreException | SecurityException e) {
            err.println("unhunch policy: the system preferences cannot be " + ("import".equals(action) ? "written"
                    : "read") + " (" + SettingText.escape(e.getMessage()) + ")"
                    + ("import".equals(action) ? "; importing policy needs an administrator (root, or an elevated"
                    + " prompt on Windows)" : ""));
            return ExitStatus.CANNOT_BE_DONE;
        }
        int written = StandardOutput.write(out, text, err, "policy");
        return written == ExitStatus.OK ? status : written;
    }

    private int show(StringBuilder text) throws BackingStoreException {
        text.append("system preferences: ").append(SystemPreferencesLocation.describe()).append('\n');
        for (Map.Entry<String, Map<String, String>> node : new PolicyStore(systemRoot.get()).current().entrySet()) {
            text.append(node.getKey())
                    .append(node.getKey().equals(SettingsStore.LOCKED_NODE) ? " (locked)" : " (defaults)").append('\n');
            node.getValue().forEach((key, value) -> text.append("  ").append(SettingText.escape(key)).append(" = ")
                    .append(SettingText.escape(value)).append('\n'));
        }
        return ExitStatus.OK;
    }

    private int export(StringBuilder text, PrintWriter err) throws BackingStoreException {
        if (file == null) {
            return usage(err);
        }
        String xml;
        try {
            xml = new PolicyStore(systemRoot.get()).export();
        } catch (IllegalStateException e) {
            err.println("unhunch policy: " + e.getMessage());
            return ExitStatus.CANNOT_BE_DONE;
        }
        try {
            Files.writeString(file, xml, StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            err.println("unhunch policy: " + file + ": cannot be written (" + SettingText.escape(e.getMessage()) + ")");
            return ExitStatus.CANNOT_BE_DONE;
        }
        text.append("exported to ").append(file).append('\n');
        return ExitStatus.OK;
    }

    private int importFile(StringBuilder text, PrintWriter err) throws BackingStoreException {
        if (file == null) {
            return usage(err);
        }
        PolicyFile policy = PolicyFile.read(file);
        List<String> problems = new ArrayList<>(policy.problems());
        List<String> notes = new ArrayList<>();
        if (problems.isEmpty()) {
            checkRoutineFiles(policy, problems, notes);
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println("unhunch policy: " + problem));
            err.println("unhunch policy: nothing imported");
            return ExitStatus.BAD_INPUT;
        }
        notes.forEach(note -> err.println("unhunch policy: note: " + note));
        try {
            new PolicyStore(systemRoot.get()).replaceWith(policy.defaults(), policy.locked());
        } catch (IllegalArgumentException e) {
            err.println("unhunch policy: " + file + ": " + e.getMessage());
            err.println("unhunch policy: nothing imported");
            return ExitStatus.BAD_INPUT;
        }
        text.append("imported ").append(file).append(" into ").append(SystemPreferencesLocation.describe())
                .append(": ").append(policy.defaults().size()).append(" defaults, ").append(policy.locked().size())
                .append(" locked\n");
        return ExitStatus.OK;
    }

    /**
     * The routine file that {@code routine.file} names, read as the agent would read it where it is on
     * this machine: a file that is there and cannot be used is a problem (the agent would fall back to
     * the bundled routine on every machine); a file that is not there may be one the fleet's machines
     * get another way, which is only noted.
     */
    private void checkRoutineFiles(PolicyFile policy, List<String> problems, List<String> notes) {
        for (Map<String, String> layer : List.of(policy.defaults(), policy.locked())) {
            String named = layer.getOrDefault(Setting.ROUTINE_FILE.storedKey(), "");
            if (named.isEmpty()) {
                continue;
            }
            Path routines = Path.of(named);
            String where = file + ": " + Setting.ROUTINE_FILE.key() + "=" + SettingText.quote(named) + ": ";
            if (!Files.exists(routines)) {
                notes.add(where + "no such file on this machine, so it is not checked here; the agent says so"
                        + " where it is missing");
                continue;
            }
            try {
                for (String note : RoutineFile.readChecked(routines).notes()) {
                    notes.add(where + SettingText.escape(note));
                }
            } catch (RoutineFileException e) {
                problems.add(where + "not a routine file Unhunch can use: " + SettingText.escape(e.getMessage()));
            } catch (RuntimeException e) {
                problems.add(where + "not a routine file Unhunch can use: " + SettingText.escape(e.toString()));
            }
        }
    }

    private int usage(PrintWriter err) {
        err.println("unhunch policy: usage: unhunch policy " + action + " FILE");
        return ExitStatus.BAD_INPUT;
    }
}
