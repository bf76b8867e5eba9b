package org.unhunch.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unhunch.activity.SecondsFormat;
import org.unhunch.activity.TraceFormatException;
import org.unhunch.activity.TraceReader;
import org.unhunch.agent.PrivateDataFolder;
import org.unhunch.files.UnsafePathException;
import org.unhunch.records.LoggedEvent;
import org.unhunch.records.SqliteBreakLog;
import org.unhunch.sitting.SittingModel;
import org.unhunch.sitting.SittingSettings;
import org.unhunch.sitting.SittingSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "simulate",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Replays a trace of observations through the sitting model, as fast as it can, and prints"
                    + " the model's events as JSON Lines on standard output, then a summary line.",
            ""
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the whole trace was replayed, or the reader of standard output stopped early (| head)",
            "1:standard output cannot be written (a full disk), or the break log of --record-into could"
                    + " not take every event, or its folder belongs to another user",
            "2:bad input: a malformed trace line (named by file and line), times that go backwards,"
                    + " a file that cannot be read, a bad --set or --starting, or with --record-into an event the"
                    + " break log cannot hold (past year 9999, or an absence of more than 3660 days)"
        })
final class SimulateCommand implements Callable<Integer> {

    /** The start dates of the times the break log holds; how far past the start a trace may go, the log decides. */
    private static final LocalDateTime EARLIEST_START = LocalDateTime.of(1970, 1, 1, 0, 0);
    private static final LocalDateTime LATEST_START = LocalDateTime.of(9999, 12, 31, 23, 59, 59);

    /** An event --record-into's break log cannot hold (its readers could not read it back). */
    private static final class NotRecordable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotRecordable(String message) {
            super(message);
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TRACE", description = "the trace file to replay (UTF-8, one observation per line)")
    private Path trace;

    @Mixin
    private SettingsOption settingsOption;

    @Option(names = "--record-into", paramLabel = "FOLDER",
            description = "also keep the events in a break log in FOLDER, as the agent would (for demonstrations"
                    + " and tests of 'stats' and 'export': UNHUNCH_DATA_DIR=FOLDER unhunch stats)")
    private Path recordInto;

    @Option(names = "--starting", paramLabel = "DATE-TIME", defaultValue = "2026-01-05T00:00",
            converter = LocalDateTimeConverter.class,
            description = "with --record-into: the local date and time of t = 0, from 1970-01-01T00:00 to"
                    + " 9999-12-31T23:59:59 (default: ${DEFAULT-VALUE})")
    private LocalDateTime starting;

    private final OutputStream out;

    SimulateCommand(OutputStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<SittingSettings> parsed = settingsOption.parse(err, "unhunch simulate");
        if (parsed.isEmpty()) {
            return ExitStatus.BAD_INPUT;
        }
        SittingSettings settings = parsed.get();
        if (starting.isBefore(EARLIEST_START) || starting.isAfter(LATEST_START)) {
            err.println("unhunch simulate: --starting " + starting + " is out of range; allowed " + EARLIEST_START
                    + " to " + LATEST_START);
            return ExitStatus.BAD_INPUT;
        }
        String unreadable = unreadableReason(trace);
        if (unreadable != null) {
            err.println("unhunch simulate: " + trace + ": " + unreadable);
            return ExitStatus.BAD_INPUT;
        }
        SqliteBreakLog log;
        try {
            log = recordInto == null ? null : SqliteBreakLog.open(PrivateDataFolder.create(recordInto),
                    Clock.systemUTC(), Duration.ofDays(36_500), err::println);
        } catch (UnsafePathException e) {
            err.println("unhunch simulate: --record-into " + e.getMessage());
            return ExitStatus.CANNOT_BE_DONE;
        } catch (SQLException | IOException e) {
            err.println("unhunch simulate: " + recordInto + ": the break log cannot be opened: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        }
        ZoneId zone = ZoneId.systemDefault();
        Instant origin = starting.atZone(zone).toInstant();
        try (EventJsonWriter writer = new EventJsonWriter(new BufferedOutputStream(out, 1 << 16))) {
            SittingSummary summary = new SittingSummary();
            SittingModel model = new SittingModel(settings, event -> {
                summary.accept(event);
                writer.accept(event);
                if (log != null) {
                    LoggedEvent logged = LoggedEvent.of(event, t -> OffsetDateTime.ofInstant(origin.plusNanos(t), zone),
                            null);
                    SqliteBreakLog.cannotHold(logged).ifPresent(why -> {
                        throw new NotRecordable("the break log of --record-into cannot hold the " + event.type()
                                .wireName() + " at t = " + SecondsFormat.format(event.at()) + " s, which falls on "
                                + logged.at() + " with --starting " + starting + " (" + why + ")");
                    });
                    log.record(logged);
                }
            });
            try {
                new TraceReader(trace).readInto(model::observe);
                model.endOfInput();
            } catch (NotRecordable e) {
                writer.flush();
                err.println("unhunch simulate: " + e.getMessage());
                return ExitStatus.BAD_INPUT;
            } catch (TraceFormatException e) {
                writer.flush();
                err.println("unhunch simulate: " + e.getMessage());
                return ExitStatus.BAD_INPUT;
            } catch (NoSuchFileException e) {
                err.println("unhunch simulate: " + trace + ": no such file");
                return ExitStatus.BAD_INPUT;
            } catch (IOException e) {
                writer.flush();
                err.println("unhunch simulate: " + trace + ": cannot read: " + e.getMessage());
                return ExitStatus.BAD_INPUT;
            }
            writer.writeSummary(summary);
            writer.flush();
            out.flush();
        } catch (EventJsonWriter.OutputFailed | IOException e) {
            IOException failure = e instanceof EventJsonWriter.OutputFailed failed ? failed.getCause() : (IOException) e;
            if (ClosedPipe.is(failure)) {
                return ExitStatus.OK;
            }
            err.println("unhunch simulate: standard output cannot be written (" + e.getMessage() + ")");
            return ExitStatus.CANNOT_BE_DONE;
        } finally {
            if (log != null) {
                log.close();
            }
        }
        if (log != null && log.pendingEvents() > 0) {
            err.println("unhunch simulate: " + recordInto + ": " + log.pendingEvents() + " events could not be written"
                    + " into the break log");
            return ExitStatus.CANNOT_BE_DONE;
        }
        return ExitStatus.OK;
    }

    private static String unreadableReason(Path file) {
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (Files.isDirectory(file)) {
            return "is a directory, not a trace file";
        }
        if (!Files.isReadable(file)) {
            return "cannot be read (permission denied)";
        }
        return null;
    }
}
