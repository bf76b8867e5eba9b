package org.unhunch.app;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.unhunch.agent.SingleInstance;
import org.unhunch.records.BreakLogExport;
import org.unhunch.records.SqliteBreakLog;
import org.unhunch.ui.HistoryWindow;
import org.unhunch.ui.Theme;

/**
 * {@code unhunch history} without an agent: the history window on the break log, in the look the
 * settings name, open until the person closes it.
 */
public final class HistoryStart {

    private HistoryStart() {
    }

    /**
     * Opens the window on the break log {@code file} and waits until it is closed.
     *
     * @param theme    the {@code theme} setting
     * @param sitLimit the sit limit the chart marks
     * @param summary  told today's summary line once the window is open
     * @param note     told what the window says of rows it could not read, if anything
     * @throws StartRefused (cannot be done) when the break log cannot be read; the message says why
     */
    public static void openAndWait(Path file, String theme, Duration sitLimit, Consumer<String> summary,
                                   Consumer<String> note) throws StartRefused, InterruptedException {
        boolean agentRunning = SingleInstance.isRunning(file.getParent());
        try (SqliteBreakLog log = SqliteBreakLog.openForReading(file)) {
            CountDownLatch closed = new CountDownLatch(1);
            SwingUtilities.invokeAndWait(() -> {
                Theme.install(theme);
                HistoryWindow window = new HistoryWindow(log::read, BreakLogExport::writeCsvFile, sitLimit,
                        agentRunning);
                window.onClosed(closed::countDown);
                window.open();
                summary.accept(window.todaySummary());
                window.unreadableNote().ifPresent(note);
            });
            closed.await();
        } catch (SQLException e) {
            throw unreadable(e.getMessage());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalStateException unreadable) {
                throw unreadable(unreadable.getMessage());
            }
            throw new IllegalStateException("the history window cannot be opened", e.getCause());
        }
    }

    private static StartRefused unreadable(String why) {
        return new StartRefused(StartRefused.Reason.CANNOT_BE_DONE, why);
    }
}
