package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.settings.PolicyStore;

/**
 * Finding 1: {@code policy import} of each XXE variant leaks nothing and fetches nothing. The
 * oracle looks everywhere: standard output and error (the command's and the process's, where the
 * parser would print), the values stored, and every file the store wrote.
 */
class PolicyXxeTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @TempDir
    Path folder;

    private final Preferences system = Preferences.systemRoot().node("test-" + UUID.randomUUID());
    private final String secret = "TOP-SECRET-" + UUID.randomUUID();
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer server;
    private Path secretFile;

    @BeforeEach
    void secretAndServer() throws IOException {
        secretFile = Files.writeString(folder.resolve("secret.txt"), secret, StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            fetches.incrementAndGet();
            byte[] body = "<!ENTITY fetched \"FETCHED\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() throws BackingStoreException {
        server.stop(0);
        system.removeNode();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** A policy with {@code doctype} before it and {@code entries} in the defaults node. */
    private Path policy(String name, String doctype, String entries) throws IOException {
        return Files.writeString(folder.resolve(name), HEAD + doctype + "\n" + """
                <preferences EXTERNAL_XML_VERSION="1.0"><root type="system"><map/>
                <node name="org"><map/><node name="unhunch"><map/><node name="policy"><map/>
                <node name="defaults"><map>%s</map></node>
                </node></node></node></root></preferences>
                """.formatted(entries), StandardCharsets.UTF_8);
    }

    private Path dtd(String name, String declarations) throws IOException {
        return Files.writeString(folder.resolve(name), declarations, StandardCharsets.UTF_8);
    }

    /** A DTD that makes {@code xxe} an internal entity holding the secret file, which attribute values may use. */
    private Path wrappingDtd() throws IOException {
        return dtd("evil.dtd", "<!ENTITY % file SYSTEM \"" + secretFile.toUri() + "\">\n"
                + "<!ENTITY % wrap \"<!ENTITY xxe '%file;'>\">\n%wrap;\n");
    }

    @Test
    void a_parameter_entity_that_pulls_a_dtd_defining_a_file_entity_imports_nothing() throws Exception {
        assertRefusedWithoutLeak(policy("value.xml", "<!DOCTYPE preferences [ <!ENTITY % ext SYSTEM \""
                + wrappingDtd().toUri() + "\"> %ext; ]>", "<entry key=\"routine.file\" value=\"/x/&xxe;\"/>"));
    }

    @Test
    void the_entity_in_a_checked_key_is_not_echoed_in_the_refusal() throws Exception {
        assertRefusedWithoutLeak(policy("key.xml", "<!DOCTYPE preferences [ <!ENTITY % ext SYSTEM \""
                + wrappingDtd().toUri() + "\"> %ext; ]>", "<entry key=\"&xxe;\" value=\"1\"/>"));
    }

    @Test
    void the_error_based_variant_through_no_such_file_is_not_echoed() throws Exception {
        Path evil = dtd("error.dtd", "<!ENTITY % file SYSTEM \"" + secretFile.toUri() + "\">\n"
                + "<!ENTITY % eval \"<!ENTITY &#x25; error SYSTEM 'file:///nonexistent/%file;'>\">\n%eval;\n%error;\n");
        assertRefusedWithoutLeak(policy("error.xml", "<!DOCTYPE preferences [ <!ENTITY % ext SYSTEM \""
                + evil.toUri() + "\"> %ext; ]>", "<entry key=\"sit.limit\" value=\"50m\"/>"));
    }

    @Test
    void a_file_entity_in_the_internal_subset_is_refused() throws Exception {
        assertRefusedWithoutLeak(policy("internal.xml", "<!DOCTYPE preferences [ <!ENTITY xxe SYSTEM \""
                + secretFile.toUri() + "\"> ]>", "&xxe;<entry key=\"sit.limit\" value=\"50m\"/>"));
    }

    @Test
    void http_entities_and_dtds_are_never_fetched() throws Exception {
        assertRefusedWithoutLeak(policy("parameter.xml", "<!DOCTYPE preferences [ <!ENTITY % web SYSTEM \""
                + url("parameter") + "\"> %web; ]>", "<entry key=\"routine.file\" value=\"/x/&fetched;\"/>"));
        assertRefusedWithoutLeak(policy("general.xml", "<!DOCTYPE preferences [ <!ENTITY web SYSTEM \""
                + url("general") + "\"> ]>", "&web;<entry key=\"sit.limit\" value=\"50m\"/>"));
        assertRefusedWithoutLeak(policy("external.xml", "<!DOCTYPE preferences SYSTEM \"" + url("dtd") + "\">",
                "<entry key=\"sit.limit\" value=\"50m\"/>"));
        assertThat(fetches).as("requests that reached the loopback server").hasValue(0);
    }

    @Test
    void an_xinclude_of_the_file_is_refused() throws Exception {
        assertRefusedWithoutLeak(policy("xinclude.xml", "", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\""
                + " href=\"" + secretFile.toUri() + "\" parse=\"text\"/>"));
    }

    @Test
    void the_jdks_own_doctype_line_is_still_read_and_one_with_an_internal_subset_is_not() throws Exception {
        Path standard = policy("standard.xml", "<!DOCTYPE preferences SYSTEM \"http://java.sun.com/dtd/preferences.dtd\">",
                "<entry key=\"sit.limit\" value=\"50m\"/>");
        CliRun imported = OwnRootsCli.policy(system, "import", standard.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(new PolicyStore(system).current().get("org/unhunch/policy/defaults")).containsEntry("sit.limit", "50m");

        CliRun refused = OwnRootsCli.policy(system, "import", policy("subset.xml", "<!DOCTYPE preferences SYSTEM"
                + " \"http://java.sun.com/dtd/preferences.dtd\" [ <!ENTITY a \"b\"> ]>", "").toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("a DOCTYPE other than the JDK's own").contains("nothing imported");
    }

    private void assertRefusedWithoutLeak(Path file) throws Exception {
        ByteArrayOutputStream processOut = new ByteArrayOutputStream();
        ByteArrayOutputStream processErr = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        CliRun run;
        try {
            System.setOut(new PrintStream(processOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
            run = OwnRootsCli.policy(system, "import", file.toString());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        String printed = run.out() + run.err() + processOut.toString(StandardCharsets.UTF_8)
                + processErr.toString(StandardCharsets.UTF_8);
        assertThat(run.status()).as(printed).isEqualTo(2);
        assertThat(run.err().lines()).as("one refusal, said once").hasSize(2).last().isEqualTo(
                "unhunch policy: nothing imported");
        assertThat(processErr.toString(StandardCharsets.UTF_8)).as("the parser prints nothing of its own").isEmpty();
        assertThat(printed).doesNotContain(secret).doesNotContain("FETCHED");
        assertThat(new PolicyStore(system).current().values()).allSatisfy(values -> assertThat(values).isEmpty());
        system.flush();
        Path stored = Path.of(System.getProperty("java.util.prefs.systemRoot"), ".systemPrefs", system.name());
        if (Files.exists(stored)) {
            try (Stream<Path> files = Files.walk(stored)) {
                for (Path written : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(written, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
                }
            }
        }
        assertThat(fetches).hasValue(0);
    }
}
