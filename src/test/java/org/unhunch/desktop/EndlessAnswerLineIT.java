package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.Desktop;

/**
 * One line on standard input larger than the agent's whole heap: skipped, and the answers after it
 * are read. Stopped with SIGHUP, which is a normal stop (exit 0).
 */
@Tag("desktop")
class EndlessAnswerLineIT {

    private static final int LINE_MIB = 128;

    @TempDir
    Path data;

    @BeforeEach
    void requireDesktop() {
        Desktop.require();
    }

    @Test
    void a_line_larger_than_the_heap_is_skipped_the_next_answer_is_read_and_sighup_exits_zero() throws Exception {
        Path stderr = data.resolve("stderr.txt");
        Process agent = JarCommand.builder(data, List.of("-Xmx48m"), "run", "--headless")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile()).start();
        try {
            Signals.assumeHandled(agent, "HUP");
            HeadlessAgentIT.awaitHookRegistered(data);
            Thread writer = new Thread(() -> writeEndlessLineThenAWord(agent.getOutputStream()), "endless-line");
            writer.setDaemon(true);
            writer.start();

            await("the word after the line named").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> Files.readString(stderr, StandardCharsets.UTF_8).contains("'bogus' is not an answer"));

            Signals.send(agent, "HUP");
            assertThat(agent.waitFor(20, TimeUnit.SECONDS)).isTrue();
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            assertThat(agent.exitValue()).as(err).isZero();
            assertThat(err.lines().filter(line -> !line.startsWith("unhunch run: Activity: "))).containsExactly(
                    "unhunch run: a line of more than 1024 characters is not an answer; it is skipped",
                    "unhunch run: 'bogus' is not an answer; use start, done, skip, snooze, pause or resume");
        } finally {
            agent.destroyForcibly();
        }
    }

    private static void writeEndlessLineThenAWord(OutputStream in) {
        byte[] mebibyte = new byte[1 << 20];
        Arrays.fill(mebibyte, (byte) 'a');
        try (in) {
            for (int i = 0; i < LINE_MIB; i++) {
                in.write(mebibyte);
            }
            in.write("\nbogus\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the agent stopped reading (the old failure) or ended: the test's wait says which
        }
    }
}
