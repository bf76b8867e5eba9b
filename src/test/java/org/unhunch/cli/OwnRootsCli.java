package org.unhunch.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.prefs.Preferences;
import org.unhunch.settings.SettingsStore;
import picocli.CommandLine;

/** {@code unhunch policy …} and {@code unhunch settings …} in this process, on preference roots of a test's own. */
final class OwnRootsCli {

    private OwnRootsCli() {
    }

    static CliRun policy(Preferences systemRoot, String... args) {
        return policy(systemRoot, new ByteArrayOutputStream(), args);
    }

    /** As {@link #policy(Preferences, String...)}, printing to {@code out} (a stream that may fail). */
    static CliRun policy(Preferences systemRoot, OutputStream out, String... args) {
        return run(new CommandLine(new PolicyCommand(out, () -> systemRoot)), out, args);
    }

    /** {@code unhunch settings …} in this process, on preference roots of a test's own. */
    static CliRun settings(Preferences userRoot, Preferences systemRoot, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine settings = new CommandLine(new SettingsCommand(out,
                warnings -> new SettingsStore(userRoot, systemRoot, warnings)));
        settings.setUnmatchedOptionsArePositionalParams(true);
        return run(settings, out, args);
    }

    private static CliRun run(CommandLine command, OutputStream out, String... args) {
        StringWriter err = new StringWriter();
        command.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        command.setErr(new PrintWriter(err, true));
        int status = command.execute(args);
        return new CliRun(status, out instanceof ByteArrayOutputStream bytes ? bytes.toString(StandardCharsets.UTF_8)
                : "", err.toString());
    }
}
