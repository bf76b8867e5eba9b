package org.unhunch.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.unhunch.activity.ActivityRecorder;
import org.unhunch.activity.Ticker;
import org.unhunch.activity.TraceWriter;
import org.unhunch.agent.AgentClock;
import org.unhunch.agent.BootClock;
import org.unhunch.agent.ClockWindow;
import org.unhunch.agent.DataDirectory;
import org.unhunch.app.ActivitySetup;
import org.unhunch.app.StartRefused;
import org.unhunch.files.OwnerOnly;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "record-trace",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Records live keyboard, pointer and wheel activity as a trace file in the format that"
                    + " 'unhunch simulate' replays, so a real day can be replayed against other settings.",
            "Only times and kinds are written: never a key, a character or a position. Every second the"
                    + " first and the latest activity of each kind are written; time the machine sleeps shows as"
                    + " a gap. Stop it with Ctrl+C.",
            ""
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:stopped normally (Ctrl+C, SIGTERM or SIGHUP)",
            "1:no way to see activity on this desktop, or writing the file failed (a full disk)",
            "2:the file cannot be created (no such folder, no permission)",
            "3:no graphical display"
        })
final class RecordTraceCommand implements Callable<Integer> {

    private static final Duration FLUSH_EVERY = Duration.ofSeconds(1);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private volatile boolean stopRequested;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the trace file to write (a new file is yours alone, 600;"
            + " an existing one is replaced, as with >)")
    private Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ActivityRecorder recorder = new ActivityRecorder(Ticker.SYSTEM);
        ActivitySetup.Started activity;
        try {
            SettingsStore store = SettingsStore.forThisUser(message -> err.println("unhunch record-trace: " + message));
            activity = ActivitySetup.start(DataDirectory.forCurrentUser(), store.get(Setting.ACTIVITY_SOURCE), recorder);
        } catch (StartRefused e) {
            err.println("unhunch record-trace: " + e.getMessage());
            return ExitStatus.of(e.reason());
        }
        // Only now, with activity to record, is an existing file replaced.
        BufferedWriter output;
        try {
            output = new BufferedWriter(new OutputStreamWriter(OwnerOnly.newOutput(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            activity.source().close();
            err.println("unhunch record-trace: " + file + ": cannot be created (" + e.getMessage() + ")");
            return ExitStatus.BAD_INPUT;
        }
        TraceWriter trace = new TraceWriter(output);
        AgentClock clock = new AgentClock(Ticker.SYSTEM, Clock.systemUTC(), BootClock.forThisPlatform(), 1);
        Thread recording = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        AtomicInteger status = new AtomicInteger(ExitStatus.CANNOT_BE_DONE);
        StopHook.install("unhunch-record-trace-stop", () -> {
            stopRequested = true;
            LockSupport.unpark(recording);
            try {
                finished.await(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return status.get();
        });
        try {
            trace.header("recorded by unhunch record-trace from "
                    + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + "; activity: " + activity.source().description()
                    + "; t in seconds since then");
            err.println("unhunch record-trace: recording to " + file + "; stop with Ctrl+C");
            while (!stopRequested) {
                LockSupport.parkNanos(FLUSH_EVERY.toNanos());
                activity.asked().readNow();
                ClockWindow window = clock.advance();
                trace.write(recorder.drain(), window::agentTime);
            }
            activity.asked().readNow();
            ClockWindow last = clock.advance();
            trace.write(recorder.drain(), last::agentTime);
            trace.end(last.toAgent());
            status.set(ExitStatus.OK);
        } catch (IOException e) {
            err.println("unhunch record-trace: " + file + ": cannot be written (" + e.getMessage() + ")");
        } finally {
            activity.source().close();
            closeQuietly(trace);
            finished.countDown();
        }
        return status.get();
    }

    private static void closeQuietly(TraceWriter trace) {
        try {
            trace.close();
        } catch (IOException e) {
            // already reported, or nothing more can be written
        }
    }
}
