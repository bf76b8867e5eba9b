package org.unhunch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unhunch.app.DisplayCheck;
import org.unhunch.app.HistoryStart;
import org.unhunch.app.StartRefused;
import org.unhunch.records.SqliteBreakLog;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.sitting.SittingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Opens the history window (as the tray menu's Today and history does): today's summary and a chart"
                    + " of the last 7 or 30 days, from the break log. Works while the agent runs.",
            ""
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the window was closed; also when no breaks are recorded yet (said on standard error)",
            "1:the break log cannot be read, or the data folder belongs to another user",
            "2:a bad --set",
            "3:no graphical display"
        })
final class HistoryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SettingsOption settingsOption;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        SettingsStore store = SettingsStore.forThisUser(message -> err.println("unhunch history: " + message));
        Optional<SittingSettings> settings = settingsOption.parse(err, "unhunch history", store);
        if (settings.isEmpty()) {
            return ExitStatus.BAD_INPUT;
        }
        Path folder;
        try {
            folder = BreakLogFiles.ownFolder(err, "unhunch history");
        } catch (BreakLogFiles.Unreadable e) {
            return ExitStatus.CANNOT_BE_DONE;
        }
        Optional<String> noDisplay = DisplayCheck.problem();
        if (noDisplay.isPresent()) {
            err.println("unhunch history: no graphical display (" + noDisplay.get() + "); 'unhunch stats' shows the"
                    + " same figures as text");
            return ExitStatus.NO_DISPLAY;
        }
        BreakLogFiles.sayWhatWasMovedAside(folder, err, "unhunch history");
        Path file = folder.resolve(SqliteBreakLog.FILE_NAME);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            err.println("unhunch history: no breaks recorded yet (there is no break log at " + file + ")");
            return ExitStatus.OK;
        }
        try {
            HistoryStart.openAndWait(file, store.get(Setting.THEME).value(), settings.get().sitLimit(), out::println,
                    note -> err.println("unhunch history: note: " + note));
        } catch (StartRefused e) {
            return cannotRead(err, file, e.getMessage());
        }
        return ExitStatus.OK;
    }

    private static int cannotRead(PrintWriter err, Path file, String why) {
        err.println("unhunch history: the break log " + file + " cannot be read: " + why);
        return ExitStatus.CANNOT_BE_DONE;
    }
}
