package org.unhunch.presence;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * GNOME's do-not-disturb: on while the setting {@code org.gnome.desktop.notifications show-banners}
 * is false. GSettings cannot be watched over D-Bus, so it is read when the answer matters, with
 * {@code gsettings get}. Not available where gsettings or GNOME's notification schema is missing.
 */
public final class GnomeBannersOff extends AskedSource {

    private static final String SCHEMA = "org.gnome.desktop.notifications";
    private static final String KEY = "show-banners";
    private static final String ASKED = "gsettings get " + SCHEMA + " " + KEY;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** Room for "false\n" and more: a longer answer is refused by the tool's run. */
    private static final int MAX_BYTES = 64;
    private static final int SAID_LIMIT = 24;

    private final Map<String, String> env;
    private final String gsettings;

    /** @param env the environment gsettings runs in: where it finds its backend and the person's settings */
    public GnomeBannersOff(Map<String, String> env) {
        this(env, "gsettings");
    }

    /** @param gsettings what runs instead of gsettings (a stand-in that answers as it does) */
    GnomeBannersOff(Map<String, String> env, String gsettings) {
        super("GNOME's do-not-disturb (" + ASKED + ")", Signal.DO_NOT_DISTURB);
        this.env = Map.copyOf(env);
        this.gsettings = gsettings;
    }

    @Override
    protected boolean read() throws Unavailable {
        ToolOutput.Result result = ToolOutput.run(List.of(gsettings, "get", SCHEMA, KEY), env, TIMEOUT, MAX_BYTES);
        if (result.status() != 0) {
            throw new Unavailable(ASKED + " ended with status " + result.status()
                    + ": the schema is not installed, or has no such key");
        }
        return !bannersShown(new String(result.out(), StandardCharsets.UTF_8));
    }

    /**
     * What {@code gsettings get org.gnome.desktop.notifications show-banners} said: exactly
     * {@code true} or {@code false}, on one line.
     *
     * @throws Unavailable naming the tool and the key, and saying no more than the output's start
     */
    static boolean bannersShown(String output) throws Unavailable {
        String value = output.endsWith("\n") ? output.substring(0, output.length() - 1) : output;
        if (value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new Unavailable(ASKED + " answered neither true nor false: \"" + start(output) + "\"");
    }

    /** The first characters of {@code output}, anything but printable ASCII shown as '?'. */
    private static String start(String output) {
        StringBuilder said = new StringBuilder();
        output.codePoints().limit(SAID_LIMIT).forEach(c -> said.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return output.codePointCount(0, output.length()) > SAID_LIMIT ? said + "…" : said.toString();
    }
}
