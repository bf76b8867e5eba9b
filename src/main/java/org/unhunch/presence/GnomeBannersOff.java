package org.unhunch.presence;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GNOME's do-not-disturb: on while the setting {@code org.gnome.desktop.notifications show-banners}
 * is false. GSettings cannot be watched over D-Bus, so it is read when the answer matters, with
 * {@code gsettings get}. Not available where gsettings or GNOME's notification schema is missing.
 */
public final class GnomeBannersOff extends AskedSource {

    static final String SCHEMA = "org.gnome.desktop.notifications";
    static final String KEY = "show-banners";
    private static final String TOOL = "gsettings";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** More than "false\n" (or than an error's first words): anything longer is wrong and only its start is said. */
    private static final int OUTPUT_LIMIT = 256;
    private static final int SAID_LIMIT = 24;

    private final Map<String, String> env;

    /** @param env the environment gsettings runs in: where it finds its backend and the person's settings */
    public GnomeBannersOff(Map<String, String> env) {
        super("GNOME's do-not-disturb (" + TOOL + " " + SCHEMA + " " + KEY + ")", Signal.DO_NOT_DISTURB);
        Map<String, String> inC = new HashMap<>(env);
        inC.put("LC_ALL", "C"); // Its messages untranslated, to tell a missing schema.
        this.env = Map.copyOf(inC);
    }

    @Override
    protected boolean read() throws Unavailable {
        ToolRun.Result result = ToolRun.run(env, TIMEOUT, OUTPUT_LIMIT, List.of(TOOL, "get", SCHEMA, KEY));
        if (result.exitStatus() != 0) {
            throw new Unavailable(failure(result));
        }
        return !bannersShown(result.output());
    }

    /**
     * What {@code gsettings get} said of the key: exactly {@code true} or {@code false}, on one line.
     *
     * @throws Unavailable naming the tool and the key, and saying no more than the start of the output
     */
    static boolean bannersShown(String output) throws Unavailable {
        String value = output.endsWith("\n") ? output.substring(0, output.length() - 1) : output;
        if (value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new Unavailable(TOOL + " get " + SCHEMA + " " + KEY + " answered neither true nor false: \""
                + start(output) + "\"");
    }

    /** Why gsettings failed: the schema or the key missing, or else its exit status. */
    private static String failure(ToolRun.Result result) {
        if (result.errors().startsWith("No such schema") || result.errors().startsWith("No schemas installed")) {
            return "the schema " + SCHEMA + " is not installed (" + TOOL + " says so)";
        }
        if (result.errors().startsWith("No such key")) {
            return "the schema " + SCHEMA + " has no key " + KEY + " (" + TOOL + " says so)";
        }
        return TOOL + " get " + SCHEMA + " " + KEY + " failed with exit status " + result.exitStatus();
    }

    /** The first characters of {@code output}, anything but printable ASCII shown as '?'. */
    private static String start(String output) {
        StringBuilder said = new StringBuilder();
        output.codePoints().limit(SAID_LIMIT).forEach(c -> said.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return output.codePointCount(0, output.length()) > SAID_LIMIT ? said + "…" : said.toString();
    }
}
