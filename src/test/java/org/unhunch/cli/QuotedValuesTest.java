package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Review finding 6: values printed on standard output ({@code settings list} and {@code get},
 * {@code policy show}) are escaped as messages on standard error are: a right-to-left override
 * cannot reorder a line, a line separator cannot start a new one.
 */
class QuotedValuesTest {

    /** A path that a terminal shows as "/srv/json.png" (U+202E reverses what follows), and a line separator. */
    private static final String PATH = "/srv/\u202egnp.json\u2028sit.limit";
    private static final String ESCAPED = "/srv/\\u202egnp.json\\u2028sit.limit";

    private final Preferences user = Preferences.userRoot().node("test-" + UUID.randomUUID());
    private final Preferences system = Preferences.systemRoot().node("test-" + UUID.randomUUID());

    @AfterEach
    void removeNodes() throws BackingStoreException {
        user.removeNode();
        system.removeNode();
    }

    @Test
    void settings_list_and_get_print_reordering_and_line_separating_characters_escaped() {
        assertThat(OwnRootsCli.settings(user, system, "set", "routine.file", PATH).status()).isZero();

        CliRun list = OwnRootsCli.settings(user, system, "list");
        CliRun get = OwnRootsCli.settings(user, system, "get", "routine.file");

        assertThat(list.out()).doesNotContain("\u202e", "\u2028").containsPattern("routine.file +"
                + java.util.regex.Pattern.quote(ESCAPED) + " +your setting\n");
        assertThat(get.out()).isEqualTo(ESCAPED + "\n");
    }

    @Test
    void policy_show_prints_them_escaped() throws BackingStoreException {
        Preferences locked = system.node("org/unhunch/policy/locked");
        locked.put("routine.file", PATH);
        locked.put("theme\u2066", "dark\u0085");
        locked.flush();

        CliRun shown = OwnRootsCli.policy(system, "show");

        assertThat(shown.out()).doesNotContain("\u202e", "\u2028", "\u2066", "\u0085")
                .contains("  routine.file = " + ESCAPED + "\n", "  theme\\u2066 = dark\\u0085\n");
    }
}
