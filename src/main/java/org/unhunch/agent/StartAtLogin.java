package org.unhunch.agent;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The {@code startatlogin} setting made real for this user: on Linux an XDG autostart entry
 * ({@code $XDG_CONFIG_HOME/autostart/unhunch.desktop}), on macOS a launch agent
 * ({@code ~/Library/LaunchAgents/org.unhunch.agent.plist}). Windows is left to the installer. The
 * entry starts the agent the way it runs now: the installed launcher, or {@code java -jar} with this jar.
 * Where a package starts it for every user, that entry is switched for this user instead: on Linux
 * a user entry of its name hides it; on macOS the pkg's launch agent
 * ({@code /Library/LaunchAgents/org.unhunch.Unhunch.plist}) is disabled or enabled for this user with
 * {@code launchctl}, launchd's own per-user switch.
 */
public final class StartAtLogin {

    static final String DESKTOP_FILE = "unhunch.desktop";
    static final String LAUNCH_AGENT = "org.unhunch.agent.plist";

    /** The label of the macOS pkg's launch agent for every user (packaging/macos). */
    static final String SYSTEM_LABEL = "org.unhunch.Unhunch";
    /** Where the macOS pkg puts that launch agent. */
    static final Path SYSTEM_LAUNCH_AGENT = Path.of("/Library/LaunchAgents", SYSTEM_LABEL + ".plist");

    /** What a user's entry says to hide the system-wide one (the XDG autostart specification's {@code Hidden}). */
    static final String HIDDEN = "[Desktop Entry]\nType=Application\nName=Unhunch\nHidden=true\n";

    /** What every launch agent Unhunch writes begins with, up to its command. */
    private static final String LAUNCH_AGENT_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""
            + " \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
            + "<plist version=\"1.0\">\n<dict>\n"
            + "  <key>Label</key>\n  <string>org.unhunch.agent</string>\n"
            + "  <key>ProgramArguments</key>\n  <array>\n";
    /** ... and ends with, after its command. */
    private static final String LAUNCH_AGENT_TAIL = "  </array>\n"
            + "  <key>RunAtLoad</key>\n  <true/>\n"
            + "</dict>\n</plist>\n";

    /**
     * launchd's per-user switch for the pkg's launch agent: {@code launchctl enable} or {@code disable}
     * {@code gui/UID/org.unhunch.Unhunch}, which launchd keeps across logins and restarts.
     */
    @FunctionalInterface
    interface LaunchdSwitch {
        void set(boolean enabled) throws IOException;
    }

    private final Path entry;
    private final boolean mac;
    /**
     * The package's entry for every user (Linux: {@code /etc/xdg/autostart}, which the user's entry
     * overrides; macOS: {@code /Library/LaunchAgents}, which {@link #launchd} switches).
     */
    private final Optional<Path> systemEntry;
    private final LaunchdSwitch launchd;
    /** What this process last set launchd's switch to, so that it asks launchctl once per change. */
    private Boolean switched;

    StartAtLogin(Path entry, boolean mac) {
        this(entry, mac, Optional.empty());
    }

    StartAtLogin(Path entry, boolean mac, Optional<Path> systemEntry) {
        this(entry, mac, systemEntry, StartAtLogin::launchctl);
    }

    StartAtLogin(Path entry, boolean mac, Optional<Path> systemEntry, LaunchdSwitch launchd) {
        this.entry = entry;
        this.mac = mac;
        this.systemEntry = systemEntry;
        this.launchd = launchd;
    }

    /** Where this platform keeps the entry, if it is one Unhunch handles. */
    public static Optional<StartAtLogin> forThisPlatform() {
        return forPlatform(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"));
    }

    /** Where the platform named {@code osName} keeps the entry, with these environment variables and home folder. */
    public static Optional<StartAtLogin> forPlatform(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return Optional.empty();
        }
        if (os.startsWith("mac")) {
            return Optional.of(new StartAtLogin(Path.of(home, "Library", "LaunchAgents", LAUNCH_AGENT), true,
                    Optional.of(SYSTEM_LAUNCH_AGENT).filter(Files::isRegularFile)));
        }
        String config = env.get("XDG_CONFIG_HOME");
        Path folder = config != null && !config.isBlank() && Path.of(config).isAbsolute() ? Path.of(config)
                : Path.of(home, ".config");
        return Optional.of(new StartAtLogin(folder.resolve("autostart").resolve(DESKTOP_FILE), false,
                systemEntry(env.get("XDG_CONFIG_DIRS"))));
    }

    /** The first {@code autostart/unhunch.desktop} in {@code $XDG_CONFIG_DIRS} (default {@code /etc/xdg}) that exists. */
    static Optional<Path> systemEntry(String configDirs) {
        String dirs = configDirs == null || configDirs.isBlank() ? "/etc/xdg" : configDirs;
        return java.util.Arrays.stream(dirs.split(":"))
                .filter(dir -> !dir.isBlank() && Path.of(dir).isAbsolute())
                .map(dir -> Path.of(dir, "autostart", DESKTOP_FILE))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /**
     * How this copy of Unhunch is started again: the installed launcher ({@code jpackage.app-path}),
     * else {@code java -jar} with the jar it runs from; empty when it runs from classes (development).
     */
    public static Optional<List<String>> thisCommand() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null && !launcher.isBlank()) {
            return Optional.of(List.of(launcher));
        }
        try {
            Path jar = Path.of(StartAtLogin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!jar.toString().endsWith(".jar")) {
                return Optional.empty();
            }
            return Optional.of(javaCommand(System.getProperty("os.name", ""),
                    Path.of(System.getProperty("java.home"), "bin", "java"), jar.toAbsolutePath()));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code java -jar JAR} with the README's idle options ({@code jvm.options}, ADR 17): on Linux
     * through {@code env}, which sets the X toolkit's longest poll; an option a later JVM lacks is
     * ignored rather than refusing to start at login.
     */
    static List<String> javaCommand(String os, Path java, Path jar) {
        List<String> command = new java.util.ArrayList<>();
        if (os.startsWith("Linux")) {
            command.addAll(List.of("/usr/bin/env", "_AWT_MAX_POLL_TIMEOUT=1000"));
        }
        command.addAll(List.of(java.toString(), "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:AsyncDeflationInterval=10000", "-XX:GuaranteedSafepointInterval=10000", "-jar", jar.toString()));
        return command;
    }

    public Path entry() {
        return entry;
    }

    /**
     * Whether the agent starts at login as things are now: this user's entry is there; or, where the
     * package starts it for every user, this user's entry does not hide it (on macOS, this process
     * has not switched it off).
     */
    public synchronized boolean startsAtLogin() {
        if (systemEntry.isPresent() && mac) {
            return !Boolean.FALSE.equals(switched);
        }
        if (systemEntry.isPresent()) {
            return !hidden();
        }
        return Files.isRegularFile(entry);
    }

    private boolean hidden() {
        try {
            return Files.isRegularFile(entry) && Files.readString(entry, StandardCharsets.UTF_8).equals(HIDDEN);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes the entry for {@code command} (or removes it) so the agent starts at login or not. Where
     * the package put an entry for every user, that one starts the agent: off is a user's entry that
     * hides it, and on removes only such an entry of ours, keeping one the person wrote themselves.
     * On macOS off and on are launchd's switch for this user (asked once per change), and a user
     * launch agent is removed when off, or when on if Unhunch wrote it, so that two never start.
     */
    public synchronized void apply(boolean start, List<String> command) throws IOException {
        if (systemEntry.isPresent() && mac) {
            // launchd has no entry that hides another: its per-user switch does, and ours would start a second agent
            if (!start || isOurs(entry)) {
                Files.deleteIfExists(entry);
            }
            if (!Boolean.valueOf(start).equals(switched)) {
                launchd.set(start);
                switched = start;
            }
            return;
        }
        if (systemEntry.isPresent()) {
            if (!start) {
                write(HIDDEN);
            } else if (Files.isRegularFile(entry) && Files.readString(entry, StandardCharsets.UTF_8).equals(HIDDEN)) {
                Files.delete(entry);
            }
            return;
        }
        if (!start) {
            Files.deleteIfExists(entry);
            return;
        }
        write(mac ? launchAgent(command) : desktopEntry(command));
    }

    private void write(String text) throws IOException {
        if (Files.exists(entry) && Files.readString(entry, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Files.createDirectories(entry.getParent());
        Path temporary = entry.resolveSibling(entry.getFileName() + ".new");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static String desktopEntry(List<String> command) {
        return "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Name=Unhunch\n"
                + "Comment=Notices long sitting and offers a five-minute mid-back reset\n"
                + "Exec=" + command.stream().map(StartAtLogin::execArgument).collect(Collectors.joining(" ")) + "\n"
                + "Terminal=false\n"
                + "X-GNOME-Autostart-enabled=true\n";
    }

    /**
     * Quoted as the Desktop Entry Specification asks, where needed. The file's string escapes are
     * undone before the Exec quoting rules apply, so inside quotes {@code "}, {@code `} and {@code $}
     * are written {@code \\"}, {@code \\`}, {@code \\$}, and a backslash four times.
     */
    static String execArgument(String argument) {
        if (!argument.isEmpty() && argument.chars().noneMatch(c -> " \t\"'\\><~|&;$*?#()`%=".indexOf(c) >= 0)) {
            return argument;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : argument.toCharArray()) {
            switch (c) {
                case '"', '`', '$' -> quoted.append("\\\\").append(c);
                case '\\' -> quoted.append("\\\\\\\\");
                case '%' -> quoted.append("%%");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    static String launchAgent(List<String> command) {
        String arguments = command.stream().map(argument -> "    <string>" + xml(argument) + "</string>\n")
                .collect(Collectors.joining());
        return LAUNCH_AGENT_HEAD + arguments + LAUNCH_AGENT_TAIL;
    }

    /** A launch agent Unhunch wrote (for any command), not one the person wrote themselves. */
    private static boolean isOurs(Path plist) throws IOException {
        if (!Files.isRegularFile(plist)) {
            return false;
        }
        String text = Files.readString(plist, StandardCharsets.UTF_8);
        return text.startsWith(LAUNCH_AGENT_HEAD) && text.endsWith(LAUNCH_AGENT_TAIL);
    }

    /** The command that switches the pkg's launch agent on or off for user {@code uid}. */
    static List<String> launchctlCommand(long uid, boolean enabled) {
        return List.of("/bin/launchctl", enabled ? "enable" : "disable", "gui/" + uid + "/" + SYSTEM_LABEL);
    }

    private static void launchctl(boolean enabled) throws IOException {
        List<String> command = launchctlCommand(new UnixSystem().getUid(), enabled);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 10 s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", command) + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with status " + process.exitValue());
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
