package org.unhunch.agent;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.prefs.Preferences;

/**
 * A child JVM that stands for any other Java program of the same person (an IDE, a build): the
 * JDK syncs its preferences every 30 seconds, which marks the preferences root as modified for
 * every other JVM. This one syncs when the test says {@code sync} on its standard input, so the
 * test puts such a sync exactly where it matters; it answers {@code synced}. It prints
 * {@code ready} once it has started, and ends with its standard input.
 */
public final class OtherPreferencesUser {

    private OtherPreferencesUser() {
    }

    public static void main(String[] args) throws Exception {
        Preferences user = Preferences.userRoot();
        Preferences system = Preferences.systemRoot();
        user.flush();
        system.flush();
        System.out.println("ready");
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command = commands.readLine(); command != null; command = commands.readLine()) {
            if (command.equals("sync")) {
                user.flush();
                system.flush();
                System.out.println("synced");
            }
        }
    }
}
