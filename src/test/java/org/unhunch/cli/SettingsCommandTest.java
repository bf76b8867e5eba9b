package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code unhunch settings} as a new user tries it (finding 14) and with an output that cannot be
 * written (finding 15). Each of these refuses before it writes, so the build's throwaway store is
 * only read.
 */
class SettingsCommandTest {

    @Test
    void a_value_that_starts_with_a_minus_is_a_value_not_an_unknown_option() {
        CliRun run = CliRun.of("settings", "set", "sit.limit", "-5m");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("unhunch settings: sit.limit=-5m: '-5m' is not a duration such as 90s, 5m,"
                + " 1h or 1h30m\n");
        assertThat(CliRun.of("settings", "set", "sit.limit", "--", "-5m").err()).isEqualTo(run.err());
    }

    @Test
    void an_activity_source_that_is_not_one_of_its_words_is_refused_with_them() {
        CliRun run = CliRun.of("settings", "set", "activity.source", "idle");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("unhunch settings: activity.source=idle: not one of auto, hook, idle-time;"
                + " allowed auto, hook, idle-time\n");
    }

    @Test
    void an_unknown_key_is_named_alone() {
        for (String action : new String[] {"get", "reset"}) {
            CliRun run = CliRun.of("settings", action, "bogus");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("unhunch settings: bogus: unknown setting; 'unhunch settings list'"
                    + " shows them all\n");
        }
    }

    @Test
    void an_argument_too_many_or_too_few_is_refused() {
        CliRun extra = CliRun.of("settings", "list", "extra");
        assertThat(extra.status()).isEqualTo(2);
        assertThat(extra.err()).isEqualTo("unhunch settings: usage: unhunch settings list ('extra' is one argument"
                + " too many)\n");
        assertThat(extra.out()).isEmpty();
        assertThat(CliRun.of("settings", "get", "sit.limit", "extra").status()).isEqualTo(2);
        assertThat(CliRun.of("settings", "reset", "sit.limit", "snooze").status()).isEqualTo(2);
        CliRun missing = CliRun.of("settings", "set", "sit.limit");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("unhunch settings: usage: unhunch settings set KEY VALUE\n");
    }

    @Test
    void list_and_get_say_so_when_their_output_cannot_be_written() {
        for (String[] args : new String[][] {{"settings", "list"}, {"settings", "get", "sit.limit"}}) {
            StringWriter err = new StringWriter();
            int status = Main.run(args, CliRun.failingOutput("No space left on device"), new PrintWriter(err, true));
            assertThat(status).isEqualTo(1);
            assertThat(err.toString()).isEqualTo("unhunch settings: standard output cannot be written (No space left on device)\n");
        }
    }
}
