package org.unhunch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.unhunch.settings.PolicyFile;
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
                    + " (nothing is written if one is wrong), then replaces the organisation's settings with the"
                    + " file's. It writes the system node, so it needs an administrator. docs/deployment.md"
                    + " says how to push policy to a fleet.",
            ""
        })
final class PolicyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "show, export or import")
    private String action;

    @Parameters(index = "1", paramLabel = "FILE", arity = "0..1", description = "the XML file, for export and import")
    private Path file;

    private final OutputStream out;

    PolicyCommand(OutputStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter print = new PrintWriter(out, true, StandardCharsets.UTF_8);
        SystemPreferencesLocation.prepareForWriting();
        Preferences system = Preferences.systemRoot();
        try {
            switch (action) {
                case "show" -> {
                    print.println("system preferences: " + SystemPreferencesLocation.describe());
                    for (String path : new String[] {SettingsStore.DEFAULTS_NODE, SettingsStore.LOCKED_NODE}) {
                        print.println(path + (path.equals(SettingsStore.LOCKED_NODE) ? " (locked)" : " (defaults)"));
                        if (system.nodeExists(path)) {
                            Preferences node = system.node(path);
                            for (String key : node.keys()) {
                                print.println("  " + key + " = " + node.get(key, ""));
                            }
                        }
                    }
                }
                case "export" -> {
                    requireFile(err);
                    try (OutputStream xml = Files.newOutputStream(file)) {
                        system.node("org/unhunch/policy").exportSubtree(xml);
                    }
                    print.println("exported to " + file);
                }
                case "import" -> {
                    requireFile(err);
                    PolicyFile policy = PolicyFile.read(file);
                    if (!policy.problems().isEmpty()) {
                        policy.problems().forEach(problem -> err.println("unhunch policy: " + problem));
                        err.println("unhunch policy: nothing imported");
                        return ExitStatus.BAD_INPUT;
                    }
                    replace(system.node(SettingsStore.DEFAULTS_NODE), policy.defaults());
                    replace(system.node(SettingsStore.LOCKED_NODE), policy.locked());
                    system.node("org/unhunch/policy").flush();
                    print.println("imported " + file + " into " + SystemPreferencesLocation.describe() + ": "
                            + policy.defaults().size() + " defaults, " + policy.locked().size() + " locked");
                }
                default -> {
                    err.println("unhunch policy: '" + action + "' is not an action; use show, export or import");
                    return ExitStatus.BAD_INPUT;
                }
            }
        } catch (IllegalStateException e) {
            err.println("unhunch policy: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        } catch (IOException e) {
            err.println("unhunch policy: " + file + ": " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        } catch (BackingStoreException | SecurityException e) {
            err.println("unhunch policy: the system preferences cannot be " + ("show".equals(action) ? "read" : "written")
                    + " (" + e.getMessage() + "); importing policy needs an administrator (root, or an elevated"
                    + " prompt on Windows)");
            return ExitStatus.AGENT_UNAVAILABLE;
        }
        return ExitStatus.OK;
    }

    /** The node holds exactly {@code values} afterwards (checked values, written through the preferences API). */
    private static void replace(Preferences node, java.util.Map<String, String> values) throws BackingStoreException {
        node.clear();
        values.forEach(node::put);
    }

    private void requireFile(PrintWriter err) {
        if (file == null) {
            throw new IllegalStateException("usage: unhunch policy " + action + " FILE");
        }
    }
}
