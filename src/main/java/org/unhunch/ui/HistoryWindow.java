package org.unhunch.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import org.jfree.chart.ChartPanel;
import org.unhunch.records.DailySummary;
import org.unhunch.records.EventsRead;
import org.unhunch.records.LoggedEvent;

/**
 * The person's day and week: today's summary in words at the top; below, a {@link HistoryChart} of
 * the last 7 or 30 days in the current theme's colours; and a button to export.
 */
public final class HistoryWindow {

    public static final String WINDOW_TITLE = "Unhunch - your breaks";

    /** Where the window reads the log. */
    @FunctionalInterface
    public interface Events {
        EventsRead between(Instant from, Instant to);
    }

    /** Where the window writes an export. */
    @FunctionalInterface
    public interface Exporter {
        void export(List<LoggedEvent> events, Path file) throws IOException;
    }

    private final JFrame frame = new JFrame(WINDOW_TITLE);
    private final JLabel today = new JLabel();
    private final JLabel unreadable = new JLabel();
    private final ChartPanel chart = new ChartPanel(null);
    private final Events events;
    private final Exporter exporter;
    private final Duration sitLimit;
    private final boolean agentRunning;
    private int days = 7;

    /** @param agentRunning whether the agent runs now, so a session it has open counts up to now */
    public HistoryWindow(Events events, Exporter exporter, Duration sitLimit, boolean agentRunning) {
        this.agentRunning = agentRunning;
        this.events = events;
        this.exporter = exporter;
        this.sitLimit = sitLimit;
        today.setFont(today.getFont().deriveFont(Font.PLAIN, 15f));
        JToggleButton week = new JToggleButton(Texts.get("history.week"), true);
        JToggleButton month = new JToggleButton(Texts.get("history.month"));
        ButtonGroup range = new ButtonGroup();
        range.add(week);
        range.add(month);
        week.addActionListener(event -> show(7));
        month.addActionListener(event -> show(30));
        JButton export = new JButton(Texts.get("history.export"));
        week.setMnemonic(java.awt.event.KeyEvent.VK_7);
        month.setMnemonic(java.awt.event.KeyEvent.VK_3);
        export.setMnemonic(java.awt.event.KeyEvent.VK_E);
        export.addActionListener(event -> exportCsv());
        for (javax.swing.AbstractButton button : new javax.swing.AbstractButton[] {week, month, export}) {
            button.getAccessibleContext().setAccessibleName(button.getText());
        }
        JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        controls.add(week);
        controls.add(month);
        controls.add(export);
        JPanel top = new JPanel(new BorderLayout(0, 10));
        top.add(today, BorderLayout.NORTH);
        top.add(unreadable, BorderLayout.CENTER);
        top.add(controls, BorderLayout.SOUTH);
        JPanel content = new JPanel(new BorderLayout(0, 12));
        content.setBorder(BorderFactory.createEmptyBorder(16, 20, 16, 20));
        content.add(top, BorderLayout.NORTH);
        content.add(chart, BorderLayout.CENTER);
        frame.setContentPane(content);
        frame.setSize(820, 560);
        frame.getAccessibleContext().setAccessibleName(Texts.get("history.title"));
        CloseKeys.install(frame, frame.getRootPane());
    }

    public void open() {
        show(days);
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        frame.toFront();
    }

    /** Today's line as plain text ("Today: sat 2:30 in all, ..."). */
    public String todaySummary() {
        return today.getText().replaceAll("<[^>]+>", "").strip();
    }

    /** What the last read of the log left out, when it could not read every row. */
    public Optional<String> unreadableNote() {
        return unreadable.getText().isEmpty() ? Optional.empty() : Optional.of(unreadable.getText());
    }

    /** Disposes of the window when it is closed, then runs {@code closed} (for the stand-alone history command). */
    public void onClosed(Runnable closed) {
        frame.setDefaultCloseOperation(javax.swing.WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent event) {
                closed.run();
            }
        });
    }

    private void show(int dayCount) {
        days = dayCount;
        ZoneId zone = ZoneId.systemDefault();
        LocalDate last = LocalDate.now(zone);
        LocalDate first = last.minusDays(dayCount - 1L);
        EventsRead read = events.between(first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
        List<DailySummary> summaries = DailySummary.of(read.events(), first, last, zone, sitLimit,
                agentRunning ? java.time.Instant.now() : null);
        unreadable.setText(read.skipped() == 0 ? "" : Texts.get("history.unreadable", read.skipped()));
        unreadable.setVisible(read.skipped() > 0);
        today.setText(todayLine(summaries.get(summaries.size() - 1)));
        today.getAccessibleContext().setAccessibleName(today.getText().replaceAll("<[^>]+>", " "));
        chart.setChart(HistoryChart.of(summaries));
    }

    /** The Today line (HTML) for today's summary; it names the prompts held only when there were any. */
    static String todayLine(DailySummary now) {
        return Texts.get("history.today", hoursMinutes(now.sitting()), hoursMinutes(now.longestStretch()),
                now.breaksTaken(), now.breaksDue(),
                now.compliance().isPresent() ? Math.round(now.compliance().getAsDouble() * 100) + " %" : "-",
                now.held());
    }

    private void exportCsv() {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File("unhunch-breaks.csv"));
        if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        LocalDate last = LocalDate.now(zone);
        try {
            exporter.export(events.between(last.minusDays(days - 1L).atStartOfDay(zone).toInstant(),
                    last.plusDays(1).atStartOfDay(zone).toInstant()).events(), chooser.getSelectedFile().toPath());
        } catch (IOException e) {
            JOptionPane.showMessageDialog(frame, PlainText.label(String.valueOf(e.getMessage())),
                    Texts.get("history.export"), JOptionPane.ERROR_MESSAGE);
        }
    }

    private static String hoursMinutes(Duration duration) {
        return String.format("%d:%02d", duration.toHours(), duration.toMinutesPart());
    }
}
