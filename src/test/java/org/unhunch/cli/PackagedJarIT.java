package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unhunch.testing.AgentProcess;
import org.unhunch.testing.SampleTraces;

/** The packaged {@code target/unhunch.jar}, run as a person or a script runs it. */
class PackagedJarIT {

    private record Result(int status, String out, String err) {
    }

    static List<Path> sampleTraces() throws IOException {
        return SampleTraces.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleTraces")
    void simulate_prints_exactly_the_expected_output(Path trace) throws Exception {
        Result result = java(List.of(), "simulate", trace.toString());
        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo(Files.readString(SampleTraces.expectedOutput(trace), StandardCharsets.UTF_8));
    }

    @Test
    void simulate_recording_into_a_folder_leaves_the_person_s_data_folder_and_the_temporary_folder_untouched(
            @TempDir Path dir) throws Exception {
        Path trace = dir.resolve("short.trace");
        writeOfficeDays(trace, 1000);
        Path dataDirectory = dir.resolve("person's data");
        Path temporaryFolder = Files.createDirectory(dir.resolve("tmp"));
        Path recordings = dir.resolve("recordings");

        Result result = java(List.of("-Djava.io.tmpdir=" + temporaryFolder),
                Map.of("UNHUNCH_DATA_DIR", dataDirectory.toString()), List.of(),
                "simulate", trace.toString(), "--record-into", recordings.toString());

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(recordings.resolve("breaks.db")).isRegularFile();
        assertThat(dataDirectory).doesNotExist();
        assertThat(temporaryFolder).as("SQLite's copy deleted at the exit").isEmptyDirectory();
    }

    @Test
    void simulate_streams_two_million_lines_in_64_mib_of_heap(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("long.trace");
        int lines = writeOfficeDays(trace, 2_000_000);
        Result result = java(List.of("-Xmx64m"), "simulate", trace.toString());
        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
        String[] out = result.out().split("\n");
        assertThat(out[out.length - 1]).startsWith("{\"event\":\"summary\",\"sessions\":");
        assertThat(lines).isEqualTo(2_000_000);
    }

    @Test
    void the_jar_holds_every_dependency_and_keeps_multi_release_entries_and_services() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("unhunch.jar", "target/unhunch.jar"))) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertThat(manifest.getValue("Main-Class")).isEqualTo("org.unhunch.cli.Main");
            assertThat(manifest.getValue("Multi-Release")).isEqualTo("true");
            assertThat(jar.getEntry("picocli/CommandLine.class")).isNotNull();
            assertThat(jar.getEntry("com/fasterxml/jackson/core/JsonFactory.class")).isNotNull();
            assertThat(jar.getEntry("META-INF/services/com.fasterxml.jackson.core.JsonFactory")).isNotNull();
            assertThat(jar.stream().map(JarEntry::getName))
                    .anyMatch(name -> name.startsWith("META-INF/versions/") && name.endsWith(".class"))
                    .noneMatch(name -> name.endsWith("module-info.class"));
        }
    }

    @Test
    void a_setting_locked_by_imported_policy_cannot_be_set_by_the_person(@TempDir Path dir) throws Exception {
        List<String> roots = AgentProcess.preferenceOptions(dir);
        Result imported = java(roots, "policy", "import", Path.of("docs", "policy-example.xml").toAbsolutePath().toString());
        assertThat(imported.err()).isEmpty();
        assertThat(imported.status()).isZero();

        Result refused = java(roots, "settings", "set", "sit.limit", "40m");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("sit.limit=40m: set by your organisation (50m); it cannot be changed here");

        assertThat(java(roots, "settings", "get", "sit.limit").out().strip()).isEqualTo("50m");
        Result changed = java(roots, "settings", "set", "routine.id", "mid-back-reset");
        assertThat(changed.status()).as(changed.err()).isZero();
        assertThat(java(roots, "settings", "list").out())
                .containsPattern("sit\\.limit +50m +set by your organisation \\(locked\\)")
                .containsPattern("routine\\.id +mid-back-reset +your setting")
                .containsPattern("work\\.start +08:00 +organisation default");
        assertThat(java(roots, "policy", "show").out()).contains("sit.limit = 50m", "(locked)");
    }

    @Test
    void run_refuses_a_routine_the_organisation_locked_as_it_refuses_a_locked_set_with_status_2(@TempDir Path dir)
            throws Exception {
        List<String> roots = AgentProcess.preferenceOptions(dir.resolve("prefs"));
        Path policy = Files.writeString(dir.resolve("policy.xml"), """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE preferences SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <preferences EXTERNAL_XML_VERSION="1.0"><root type="system"><map/>
                <node name="org"><map/><node name="unhunch"><map/><node name="policy"><map/>
                <node name="locked"><map><entry key="sit.limit" value="50m"/>
                <entry key="routine.id" value="mid-back-reset"/></map></node>
                </node></node></node></root></preferences>
                """, StandardCharsets.UTF_8);
        assertThat(java(roots, "policy", "import", policy.toString()).status()).isZero();
        Path data = dir.resolve("fresh-data-folder");
        Map<String, String> env = Map.of("UNHUNCH_DATA_DIR", data.toString());
        // Without a display: the lock is looked at first, and an agent that started anyway would exit 3.
        List<String> noDisplay = List.of("DISPLAY", "WAYLAND_DISPLAY");

        Result set = java(roots, env, noDisplay, "run", "--headless", "--set", "sit.limit=40m");
        Result routine = java(roots, env, noDisplay, "run", "--headless", "--routine", "quick-reset");

        assertThat(set.err()).isEqualTo("unhunch run: sit.limit=40m: set by your organisation (50m); it cannot be"
                + " changed here\n");
        assertThat(routine.err()).isEqualTo("unhunch run: routine.id=quick-reset: set by your organisation"
                + " (mid-back-reset); it cannot be changed here\n");
        assertThat(List.of(set.status(), routine.status())).containsOnly(ExitStatus.BAD_INPUT);
        assertThat(data).as("a refused start leaves no data folder").doesNotExist();
    }

    @Test
    void a_policy_file_with_a_bad_value_is_refused_whole_naming_the_entry(@TempDir Path dir) throws Exception {
        List<String> roots = AgentProcess.preferenceOptions(dir);
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, Files.readString(Path.of("docs", "policy-example.xml"), StandardCharsets.UTF_8)
                .replace("value=\"50m\"", "value=\"5m\""), StandardCharsets.UTF_8);
        Result refused = java(roots, "policy", "import", bad.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains(bad + ": /org/unhunch/policy/locked: sit.limit=5m: out of range;"
                + " allowed 10m–3h", "nothing imported");
        assertThat(java(roots, "policy", "show").out()).doesNotContain("sit.limit");
        assertThat(java(roots, "settings", "get", "routine.id").out().strip()).as("the good entries neither")
                .isEqualTo("mid-back-reset");

        Path good = Path.of("docs", "policy-example.xml").toAbsolutePath();
        assertThat(java(roots, "policy", "import", good.toString()).status()).isZero();
        Path notPreferences = Files.writeString(dir.resolve("garbage.xml"), "sit.limit=5m", StandardCharsets.UTF_8);
        assertThat(java(roots, "policy", "import", notPreferences.toString()).status()).isEqualTo(2);
        assertThat(java(roots, "policy", "show").out()).as("a refused file leaves the policy there as it was")
                .contains("sit.limit = 50m", "routine.id = quick-reset");
    }

    @Test
    void a_preferences_store_that_cannot_be_written_is_one_clear_message_and_reading_gives_defaults(
            @TempDir Path dir) throws Exception {
        Path notAFolder = Files.createFile(dir.resolve("file"));
        List<String> roots = List.of("-Djava.util.prefs.userRoot=" + notAFolder.resolve("user"),
                AgentProcess.preferenceOptions(dir).get(1));
        Result set = java(roots, "settings", "set", "sounds", "false");
        assertThat(set.status()).isEqualTo(1);
        assertThat(set.err().strip()).as("one line, ours, no JDK warnings").startsWith(
                "unhunch settings: your settings cannot be saved").doesNotContain("\n");
        Result list = java(roots, "settings", "list");
        assertThat(list.status()).isZero();
        assertThat(list.out()).containsPattern("sounds +true +built-in default");
    }

    @Test
    void simulate_says_so_when_its_output_cannot_be_written() throws Exception {
        Path trace = SampleTraces.all().get(0);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("unhunch.jar", "target/unhunch.jar"), "simulate", trace.toString());
        Process process = new ProcessBuilder(command).redirectOutput(new java.io.File("/dev/full")).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(err).contains("standard output cannot be written");
    }

    @Test
    void a_bad_line_reports_file_and_line_with_status_2(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("bad.trace");
        Files.writeString(trace, "0 key\n5 key\n3 key\n");
        Result result = java(List.of(), "simulate", trace.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("unhunch simulate: " + trace
                + ":3: time 3 is earlier than the time on line 2; times must not decrease\n");
    }

    @Test
    void without_a_display_the_agent_started_any_way_and_the_recorder_say_so_and_exit_3(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("never.trace");
        Path data = dir.resolve("fresh-data-folder");
        for (List<String> args : List.of(List.<String>of(), List.of("run"), List.of("run", "--headless"),
                List.of("record-trace", trace.toString()))) {
            Result result = javaWithoutDisplay(data, args.toArray(String[]::new));
            assertThat(result.status()).as("%s", args).isEqualTo(3);
            assertThat(result.err()).as("%s", args).contains("no graphical display").doesNotContain("Exception");
            assertThat(result.out()).isEmpty();
            assertThat(data).as("%s: a refused start leaves no data folder, lock or log", args).doesNotExist();
        }
        assertThat(trace).doesNotExist();
    }

    @Test
    void a_display_with_no_x_server_behind_it_is_no_display_and_an_existing_trace_is_kept(@TempDir Path dir)
            throws Exception {
        Path trace = Files.writeString(dir.resolve("monday.trace"), "0 key\n", StandardCharsets.UTF_8);
        // An X socket path in the test's own folder: no display number, so never someone else's desktop.
        String noServer = dir.resolve("no-x-server").toString() + ":0";
        for (List<String> args : List.of(List.of("run", "--headless"), List.of("record-trace", trace.toString()))) {
            Result result = java(List.of(), Map.of("UNHUNCH_DATA_DIR", dir.toString(), "DISPLAY", noServer),
                    List.of("WAYLAND_DISPLAY"), args.toArray(String[]::new));
            assertThat(result.status()).as("%s", args).isEqualTo(3);
            assertThat(result.err()).as("%s", args).contains("no graphical display").doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
        assertThat(trace).hasContent("0 key");
    }

    /** Working days of typing every 3 s with a lunch and a coffee break, until {@code lines} lines. */
    private static int writeOfficeDays(Path file, int lines) throws IOException {
        int written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long day = 0; written < lines; day++) {
                long t = day * 86_400 + 8 * 3600;
                long end = t + 9 * 3600;
                while (t < end && written < lines) {
                    long ofDay = t % 86_400;
                    boolean coffee = ofDay == 10 * 3600 + 30 * 60;
                    boolean lunch = ofDay == 12 * 3600;
                    out.write(Long.toString(t));
                    out.write(coffee || lunch ? " tick\n" : (written % 5 == 0 ? " pointer\n" : " key\n"));
                    written++;
                    t += lunch ? 3600 : coffee ? 600 : 3;
                }
            }
        }
        return written;
    }

    private static Result javaWithoutDisplay(Path dataDirectory, String... args) throws Exception {
        return java(List.of(), Map.of("UNHUNCH_DATA_DIR", dataDirectory.toString()), List.of("DISPLAY", "WAYLAND_DISPLAY"),
                args);
    }

    private static Result java(List<String> jvmOptions, String... args) throws Exception {
        return java(jvmOptions, Map.of(), List.of(), args);
    }

    private static Result java(List<String> jvmOptions, Map<String, String> env, List<String> unset, String... args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (jvmOptions.stream().noneMatch(option -> option.startsWith("-Djava.util.prefs."))) {
            // The build's throwaway preferences, never those of whoever runs the tests.
            command.add("-Djava.util.prefs.userRoot=" + System.getProperty("java.util.prefs.userRoot"));
            command.add("-Djava.util.prefs.systemRoot=" + System.getProperty("java.util.prefs.systemRoot"));
        }
        if (jvmOptions.stream().noneMatch(option -> option.startsWith("-Djava.io.tmpdir="))) {
            command.addAll(AgentProcess.sqliteLibraryFolderOption());
        }
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(System.getProperty("unhunch.jar", "target/unhunch.jar"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        unset.forEach(builder.environment()::remove);
        Process process = builder.start();
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
