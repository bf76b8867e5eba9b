package org.unhunch.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.sitting.EventField;
import org.unhunch.testing.AgentProcess;

/**
 * A child JVM records events in a loop and is killed with SIGKILL at random moments, 50 times:
 * the file stays intact and every event the child reported as committed is there.
 */
@Tag("slow")
class BreakLogCrashIT {

    @TempDir
    Path folder;

    @Test
    void sigkill_at_random_moments_loses_nothing_that_was_committed() throws Exception {
        Random random = new Random(20261125);
        Set<Long> committed = new HashSet<>();
        long next = 0;
        for (int round = 0; round < 50; round++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString()));
            command.addAll(AgentProcess.sqliteLibraryFolderOption());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                    folder.toString(), Long.toString(next)));
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as("round %d: the child committed something", round).isNotNull();
            committed.add(Long.parseLong(first));
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(random.nextInt(300));
            while (System.nanoTime() < killAt) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                committed.add(Long.parseLong(line));
            }
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String line;
            while ((line = out.readLine()) != null) {
                committed.add(Long.parseLong(line));
            }
            next = committed.stream().mapToLong(Long::longValue).max().orElse(-1) + 1_000;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("breaks.db"));
             Statement statement = connection.createStatement();
             ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
            check.next();
            assertThat(check.getString(1)).isEqualTo("ok");
        }
        try (SqliteBreakLog log = SqliteBreakLog.openForReading(folder.resolve("breaks.db"))) {
            List<LoggedEvent> events = log.events(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
            Set<Long> present = new HashSet<>();
            for (LoggedEvent event : events) {
                present.add(event.fields().seconds(EventField.SITTING_S).toSeconds());
            }
            assertThat(present).containsAll(committed);
            assertThat(committed).hasSizeGreaterThan(50);
        }
    }
}
