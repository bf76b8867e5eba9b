package org.unhunch.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What GNOME's interface settings ask of the look ({@code org.gnome.desktop.interface}), read with
 * {@code gsettings}: so never on the EDT. Empty where there is no answer (no gsettings, no GNOME).
 */
final class GnomeInterface {

    private GnomeInterface() {
    }

    /** The value of {@code key}, as gsettings prints it ({@code 'prefer-dark'}, {@code false}). */
    static Optional<String> get(String key) {
        try {
            Process process = new ProcessBuilder("gsettings", "get", "org.gnome.desktop.interface", key)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // Its answer is one short line, which the pipe holds while it is waited for.
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 ? Optional.of(answer) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
