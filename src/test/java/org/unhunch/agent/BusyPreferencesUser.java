package org.unhunch.agent;

import java.util.prefs.Preferences;

/**
 * A child JVM that stands for any other Java program of the same person (an IDE, a build): the
 * JDK syncs its preferences every 30 seconds, which marks the preferences root as modified for
 * every other JVM. This one does it every few milliseconds, so that a test sees in seconds what
 * such a program does over hours. It prints {@code syncing} once it has started, and runs until
 * it is stopped.
 */
public final class BusyPreferencesUser {

    private BusyPreferencesUser() {
    }

    public static void main(String[] args) throws Exception {
        Preferences user = Preferences.userRoot();
        Preferences system = Preferences.systemRoot();
        user.flush();
        system.flush();
        System.out.println("syncing");
        while (true) {
            user.flush();
            system.flush();
            // A program's pace, not a wait for a condition: the tests wait for what they check.
            Thread.sleep(2);
        }
    }
}
