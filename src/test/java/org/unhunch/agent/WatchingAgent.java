package org.unhunch.agent;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;

/**
 * A child JVM that watches the settings as the running agent does ({@link LiveSettings}, woken on
 * change), without a display. It prints {@code watching <sit.limit>}, then {@code sit.limit=<value>}
 * for each {@code read} on standard input (the agent's wake-up), and exits normally when its input
 * ends, so that the JDK's preferences sync at exit runs as at the end of any run.
 */
public final class WatchingAgent {

    private WatchingAgent() {
    }

    public static void main(String[] args) throws Exception {
        LiveSettings live = new LiveSettings(SettingsStore.forThisUser(System.err::println), UnaryOperator.identity(),
                ZoneOffset.UTC);
        live.wakeOnChange(() -> { });
        System.out.println("watching " + live.value(Setting.SIT_LIMIT));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals("read")) {
                live.get();
                System.out.println("sit.limit=" + live.value(Setting.SIT_LIMIT));
            }
        }
    }
}
