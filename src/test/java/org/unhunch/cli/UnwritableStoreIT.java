package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 15: a person's store that exists but cannot be written (a read-only home) gives our one
 * message, and no "Sync Timer Thread" stack trace when the JDK syncs it at exit. The store is a
 * read-only folder of its user's: this user's, or "nobody"'s when the tests run as root (whom
 * permissions do not bind), run as "nobody".
 */
class UnwritableStoreIT {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    @Test
    void a_store_that_cannot_be_written_is_one_message_and_no_stack_trace_at_exit(@TempDir Path dir) throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        assumeTrue(!ROOT || Files.isExecutable(SETPRIV), "as root, setpriv to run as another user");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.copy(Path.of(System.getProperty("unhunch.jar", "target/unhunch.jar")), dir.resolve("unhunch.jar"));
        Path user = dir.resolve("user");
        Path node = Files.createDirectories(user.resolve(".java/.userPrefs/org/unhunch/settings"));
        Files.writeString(node.resolve("prefs.xml"), """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <map MAP_XML_VERSION="1.0"><entry key="sounds" value="false"/></map>
                """, StandardCharsets.UTF_8);
        try (Stream<Path> paths = Files.walk(user)) {
            for (Path path : paths.toList()) {
                if (ROOT) {
                    Files.setOwner(path, path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(
                            "nobody"));
                }
                path.toFile().setWritable(false, false);
            }
        }
        try {
            CliRun set = run(jar, dir, "settings", "set", "sounds", "true");
            assertThat(set.status()).isEqualTo(1);
            assertThat(set.err()).startsWith("unhunch settings: your settings cannot be saved (")
                    .doesNotContain("Exception in thread").doesNotContain("\tat ");
            assertThat(set.err().lines()).hasSize(1);
        } finally {
            try (Stream<Path> paths = Files.walk(user)) {
                paths.forEach(path -> path.toFile().setWritable(true, false));
            }
        }
    }

    /** {@code unhunch ARGS} on the preferences in {@code dir}, as "nobody" when this is root. */
    private static CliRun run(Path jar, Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (ROOT) {
            command.addAll(List.of(SETPRIV.toString(), "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.util.prefs.userRoot=" + dir.resolve("user"),
                "-Djava.util.prefs.systemRoot=" + dir.resolve("system"), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new CliRun(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
