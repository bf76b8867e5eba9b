package org.unhunch.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.unhunch.testing.Desktop;

/** Signals to a child process, as a terminal, a person or a session manager sends them. */
final class Signals {

    private static final Map<String, Integer> NUMBERS = Map.of("HUP", 1, "INT", 2, "TERM", 15);

    private Signals() {
    }

    /** Skips the test where the environment ignores {@code signal} (nohup, a background job): the child does too. */
    static void assumeHandled(Process process, String signal) throws IOException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        String ignored = Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
                .map(line -> line.substring("SigIgn:".length()).strip()).findFirst().orElse("0");
        long bit = 1L << (NUMBERS.get(signal) - 1);
        if ((Long.parseUnsignedLong(ignored, 16) & bit) != 0) {
            Desktop.skip("SIG" + signal + " is ignored in this environment");
        }
    }

    static void send(Process process, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }
}
