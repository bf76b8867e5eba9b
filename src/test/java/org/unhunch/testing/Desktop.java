package org.unhunch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real desktop the desktop tests drive: an X display (CI starts Xvfb with RECORD, openbox
 * and trayer: {@code .ci/desktop-session}) and xdotool to synthesize input. Without them the
 * tests are skipped, saying why.
 */
public final class Desktop {

    private static final Set<String> SKIPPED = ConcurrentHashMap.newKeySet();

    private Desktop() {
    }

    /**
     * Skips the calling test unless an X display and xdotool are there; fails instead where
     * {@code UNHUNCH_REQUIRE_DESKTOP} is set (CI sets it, so a missing desktop cannot pass as green).
     */
    public static void require() {
        String display = System.getenv("DISPLAY");
        boolean required = System.getenv("UNHUNCH_REQUIRE_DESKTOP") != null;
        check(required, display != null && !display.isBlank(),
                "no DISPLAY: desktop tests need an X server with RECORD; CI starts one, locally run"
                        + " eval \"$(.ci/desktop-session start)\" before mvn verify");
        check(required, onPath("xdotool"), "xdotool is not installed (apt-get install xdotool)");
    }

    /** As {@link #require}, and {@code program} on the PATH too ({@code debianPackage} has it). */
    public static void require(String program, String debianPackage) {
        require();
        check(onPath(program), program + " is not installed (apt-get install " + debianPackage + ")");
    }

    /** Fails where {@code UNHUNCH_REQUIRE_DESKTOP} is set and {@code there} is false; else skips, saying why. */
    public static void check(boolean there, String why) {
        check(System.getenv("UNHUNCH_REQUIRE_DESKTOP") != null, there, why);
    }

    private static void check(boolean required, boolean there, String why) {
        if (required) {
            assertThat(there).as("UNHUNCH_REQUIRE_DESKTOP is set, but " + why).isTrue();
        } else {
            if (!there) {
                sayOnce(why);
            }
            Assumptions.assumeTrue(there, why);
        }
    }

    /** Skips the calling test, saying why on standard error as well (see {@link #sayOnce}). */
    public static void skip(String why) {
        sayOnce(why);
        Assumptions.abort(why);
    }

    /**
     * Says on standard error, once for each test class, why its tests are skipped: Maven's console
     * shows only a count of skipped tests, and the reason stays in the XML report.
     */
    private static void sayOnce(String why) {
        String test = StackWalker.getInstance()
                .walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                        .filter(name -> name.endsWith("IT") || name.endsWith("Test")).findFirst())
                .map(name -> name.substring(name.lastIndexOf('.') + 1)).orElse("a desktop test");
        if (SKIPPED.add(test)) {
            System.err.println("Skipped " + test + ": " + why);
        }
    }

    /** Runs xdotool with {@code args} and waits for it. */
    public static void xdotool(String... args) {
        List<String> command = new ArrayList<>();
        command.add("xdotool");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("xdotool finished").isTrue();
            assertThat(process.exitValue()).as("xdotool %s: %s", args,
                    new String(process.getInputStream().readAllBytes())).isZero();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run xdotool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs xdotool and returns what it printed (trimmed); fails if it fails. */
    public static String xdotoolOutput(String... args) {
        List<String> command = new ArrayList<>();
        command.add("xdotool");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return process.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            throw new IllegalStateException("cannot run xdotool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of a visible window with this exact name, or empty. */
    public static String visibleWindow(String name) {
        String ids = xdotoolOutput("search", "--onlyvisible", "--name", "^" + name.replaceAll("[.\\[\\]()*+?^$|\\\\{}]", "\\\\$0") + "$");
        return ids.isEmpty() ? "" : ids.lines().findFirst().orElse("");
    }

    /** Waits (at most 15 s) for a visible window with this exact name and returns its id. */
    public static String awaitWindow(String name) {
        java.util.concurrent.atomic.AtomicReference<String> id = new java.util.concurrent.atomic.AtomicReference<>("");
        org.awaitility.Awaitility.await("window " + name).atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> {
                    id.set(visibleWindow(name));
                    return !id.get().isEmpty();
                });
        return id.get();
    }

    /** A window's position and size on the screen. */
    public static java.awt.Rectangle geometry(String window) {
        java.util.Map<String, Integer> values = new java.util.HashMap<>();
        for (String line : xdotoolOutput("getwindowgeometry", "--shell", window).split("\n")) {
            String[] pair = line.split("=");
            if (pair.length == 2 && pair[1].matches("-?\\d+")) {
                values.put(pair[0], Integer.parseInt(pair[1]));
            }
        }
        return new java.awt.Rectangle(values.get("X"), values.get("Y"), values.get("WIDTH"), values.get("HEIGHT"));
    }

    /**
     * Waits (at most 15 s) until the window has drawn its content, not just its background: its
     * pixels differ (a standard deviation over 2 % in ImageMagick's terms). A window shown is not yet
     * a window painted, and a screenshot taken between the two shows an empty frame.
     */
    public static void awaitDrawn(String window) {
        org.awaitility.Awaitility.await("window " + window + " drawn").atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> pixelSpread(window) > 0.02);
    }

    private static double pixelSpread(String window) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/usr/bin/import", "-window", window, "-format",
                "%[fx:standard_deviation]", "info:").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes()).strip();
        return process.waitFor(30, TimeUnit.SECONDS) && out.matches("[0-9.eE+-]+") ? Double.parseDouble(out) : 0;
    }

    /** Saves a screenshot of the whole screen as target/screenshots/NAME.png (for people to look at). */
    public static Path screenshot(String name) {
        Path folder = Path.of("target", "screenshots");
        Path file = folder.resolve(name + ".png");
        try {
            Files.createDirectories(folder);
            Process process = new ProcessBuilder("/usr/bin/import", "-window", "root", file.toString())
                    .redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("import finished").isTrue();
            assertThat(file).as("screenshot (needs ImageMagick's /usr/bin/import)").isRegularFile();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot take a screenshot with /usr/bin/import", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
