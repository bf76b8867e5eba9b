package org.unhunch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unhunch.files.OwnerOnly;
import org.unhunch.records.BreakLogExport;
import org.unhunch.records.EventsRead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Exports the break log, one row per recorded event: times (ISO-8601 with the UTC offset of the"
                    + " moment) and durations in seconds only, nothing about input. CSV (RFC 4180, with a header"
                    + " row) opens cleanly in a spreadsheet.",
            ""
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:exported; also when no breaks are recorded yet (said on standard error), or when the reader of"
                    + " standard output stopped early (| head)",
            "1:the break log cannot be read or its folder belongs to another user, or"
                    + " the output cannot be written",
            "2:a bad option"
        })
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "csv|json", description = "csv or json")
    private BreakLogExport.Format format;

    @Option(names = "--from", paramLabel = "DAY", converter = DayConverter.class,
            description = "first local day: YYYY-MM-DD (e.g. 2026-11-01), today or yesterday (default: 30 days ago)")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DAY", converter = DayConverter.class,
            description = "last local day: YYYY-MM-DD, today or yesterday (default: today)")
    private LocalDate to;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output (a new"
            + " file is yours alone, 600; an existing one is replaced, as with >)")
    private Path outFile;

    private final OutputStream out;

    ExportCommand(OutputStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ZoneId zone = ZoneId.systemDefault();
        LocalDate last = to == null ? LocalDate.now(zone) : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (first.isAfter(last)) {
            err.println("unhunch export: --from " + first + " is after --to " + last);
            return ExitStatus.BAD_INPUT;
        }
        Optional<EventsRead> events;
        try {
            events = BreakLogFiles.read(first, last, zone, err, "unhunch export");
        } catch (BreakLogFiles.Unreadable e) {
            return ExitStatus.CANNOT_BE_DONE;
        }
        if (events.isEmpty()) {
            return ExitStatus.OK;
        }
        try (OutputStream target = outFile == null ? nonClosing(out) : OwnerOnly.newOutput(outFile)) {
            BreakLogExport.write(events.get().events(), format, target);
        } catch (IOException e) {
            if (outFile == null && ClosedPipe.is(e)) {
                return ExitStatus.OK;
            }
            err.println("unhunch export: " + (outFile == null ? "standard output" : outFile) + " cannot be written ("
                    + reason(e) + ")");
            return ExitStatus.CANNOT_BE_DONE;
        }
        return ExitStatus.OK;
    }

    /** Why a file cannot be written, in words: the JDK gives only the path for some failures. */
    private static String reason(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return failure.getMessage();
    }

    private static OutputStream nonClosing(OutputStream stream) {
        return new java.io.FilterOutputStream(stream) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
