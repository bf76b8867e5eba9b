package org.unhunch.agent;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import org.unhunch.settings.InvalidSettingException;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.settings.SettingsUnavailableException;

/**
 * A child JVM that holds the settings as the running agent and its settings dialog do
 * ({@link LiveSettings}, woken on change), without a display. It prints {@code watching <sit.limit>},
 * then answers each line on standard input: {@code read} (the agent's wake-up) with
 * {@code sit.limit=<value>}, {@code get KEY} with {@code KEY=<value>} after a wake-up, and
 * {@code set KEY VALUE} (the dialog's save) with {@code saved} or {@code failed: <why>}. It exits
 * normally when its input ends, so that the JDK's preferences sync at exit runs as at the end of any run.
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
            String[] words = line.split(" ");
            switch (words[0]) {
                case "read" -> {
                    live.get();
                    System.out.println("sit.limit=" + live.value(Setting.SIT_LIMIT));
                }
                case "get" -> {
                    live.get();
                    System.out.println(words[1] + "=" + live.value(Setting.byKey(words[1]).orElseThrow()));
                }
                case "set" -> {
                    try {
                        live.store().set(words[1], words[2]);
                        System.out.println("saved");
                    } catch (InvalidSettingException | SettingsUnavailableException e) {
                        System.out.println("failed: " + e.getMessage());
                    }
                }
                default -> System.out.println("unknown: " + line);
            }
        }
    }
}
