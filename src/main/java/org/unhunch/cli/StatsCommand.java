package org.unhunch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unhunch.agent.SingleInstance;
import org.unhunch.records.DailySummary;
import org.unhunch.records.EventsRead;
import org.unhunch.settings.SettingsStore;
import org.unhunch.sitting.SittingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Shows the last days from the break log: sitting time, the longest stretch, stretches over the limit,"
                    + " breaks by outcome, prompts held while busy, natural breaks and compliance (breaks taken per"
                    + " break that fell due). Works while the agent runs.",
            ""
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:shown; also when no breaks are recorded yet (said on standard error), or when the reader of"
                    + " standard output stopped early (| head)",
            "1:the break log cannot be read or its folder belongs to another user, or"
                    + " standard output cannot be written",
            "2:a bad option or --set"
        })
final class StatsCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7",
            description = "how many days, today included (default: ${DEFAULT-VALUE})")
    private int days;

    @Option(names = "--json", description = "JSON instead of a table")
    private boolean json;

    @Mixin
    private SettingsOption settingsOption;

    private final OutputStream out;

    StatsCommand(OutputStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (days < 1 || days > 3660) {
            err.println("unhunch stats: --days " + days + " is out of range; allowed 1 to 3660");
            return ExitStatus.BAD_INPUT;
        }
        SettingsStore store = SettingsStore.forThisUser(message -> err.println("unhunch stats: " + message));
        Optional<SittingSettings> settings = settingsOption.parse(err, "unhunch stats", store);
        if (settings.isEmpty()) {
            return ExitStatus.BAD_INPUT;
        }
        ZoneId zone = ZoneId.systemDefault();
        LocalDate to = LocalDate.now(zone);
        LocalDate from = to.minusDays(days - 1L);
        Optional<EventsRead> events;
        try {
            events = BreakLogFiles.read(from, to, zone, err, "unhunch stats");
        } catch (BreakLogFiles.Unreadable e) {
            return ExitStatus.CANNOT_BE_DONE;
        }
        if (events.isEmpty()) {
            return ExitStatus.OK;
        }
        List<DailySummary> summaries = DailySummary.of(events.get().events(), from, to, zone, settings.get().sitLimit(),
                SingleInstance.isRunning(BreakLogFiles.folder()) ? Instant.now() : null);
        return StandardOutput.write(out, json ? json(summaries) : table(summaries), err, "stats");
    }

    static String table(List<DailySummary> summaries) {
        StringBuilder text = new StringBuilder(String.format("%-10s  %7s  %7s  %6s  %4s  %5s  %4s  %7s  %7s  %7s  %7s"
                + "  %4s  %7s  %10s%n", "day", "sitting", "longest", ">limit", "due", "taken", "done", "partial",
                "skipped", "snoozed", "ignored", "held", "natural", "compliance"));
        for (DailySummary day : summaries) {
            text.append(String.format("%-10s  %7s  %7s  %6d  %4d  %5d  %4d  %7d  %7d  %7d  %7d  %4d  %7d  %10s%n",
                    day.day(), hoursMinutes(day.sitting()), hoursMinutes(day.longestStretch()), day.stretchesOverLimit(),
                    day.breaksDue(), day.breaksTaken(), day.done(), day.partial(), day.skipped(), day.snoozed(),
                    day.ignored(), day.held(),
                    day.naturalBreaks(),
                    day.compliance().isPresent() ? Math.round(day.compliance().getAsDouble() * 100) + " %" : "-"));
        }
        return text.toString();
    }

    static String json(List<DailySummary> summaries) throws Exception {
        ArrayNode array = JSON.createArrayNode();
        for (DailySummary day : summaries) {
            ObjectNode node = array.addObject();
            node.put("day", day.day().toString());
            node.put("sitting_s", day.sitting().toMillis() / 1000.0);
            node.put("longest_stretch_s", day.longestStretch().toMillis() / 1000.0);
            node.put("stretches_over_limit", day.stretchesOverLimit());
            node.put("breaks_due", day.breaksDue());
            node.put("breaks_taken", day.breaksTaken());
            node.put("done", day.done());
            node.put("partial", day.partial());
            node.put("skipped", day.skipped());
            node.put("snoozed", day.snoozed());
            node.put("ignored", day.ignored());
            node.put("held", day.held());
            node.put("natural_breaks", day.naturalBreaks());
            if (day.compliance().isPresent()) {
                node.put("compliance", Math.round(day.compliance().getAsDouble() * 1000) / 1000.0);
            } else {
                node.putNull("compliance");
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array) + System.lineSeparator();
    }

    private static String hoursMinutes(Duration duration) {
        return String.format("%d:%02d", duration.toHours(), duration.toMinutesPart());
    }
}
