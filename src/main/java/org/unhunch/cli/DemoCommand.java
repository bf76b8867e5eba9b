package org.unhunch.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unhunch.app.DemoStart;
import org.unhunch.app.DisplayCheck;
import org.unhunch.settings.SettingsStore;
import org.unhunch.sitting.SittingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Shows the product in a minute: the break prompt at once, then, on Start, the routine at real speed."
                    + " Writes nothing to the break log and changes no setting; works while the agent runs.",
            ""
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the demonstration ended (Snooze or Skip on the card, or the routine window closed)",
            "2:a bad --set or --time-scale",
            "3:no graphical display"
        })
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SettingsOption settingsOption;

    @Option(names = "--routine", paramLabel = "ID", description = "the routine to show (default: the one the"
            + " settings name)")
    private String routineId;

    @Option(names = "--time-scale", paramLabel = "N", defaultValue = "1", description = "for tests: the routine"
            + " runs N times faster (default: ${DEFAULT-VALUE})")
    private long timeScale;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        SettingsStore store = SettingsStore.forThisUser(message -> err.println("unhunch demo: " + message));
        Optional<SittingSettings> settings = settingsOption.parse(err, "unhunch demo", store);
        if (settings.isEmpty()) {
            return ExitStatus.BAD_INPUT;
        }
        if (!TimeScale.inRange(timeScale, err, "unhunch demo")) {
            return ExitStatus.BAD_INPUT;
        }
        Optional<String> noDisplay = DisplayCheck.problem();
        if (noDisplay.isPresent()) {
            err.println("unhunch demo: no graphical display (" + noDisplay.get() + ")");
            return ExitStatus.NO_DISPLAY;
        }
        DemoStart.showAndWait(store, settings.get(), routineId, timeScale);
        return ExitStatus.OK;
    }
}
