package org.unhunch.presence.windows;

import java.util.List;
import java.util.OptionalLong;
import org.unhunch.presence.PresenceSource.Unavailable;

/**
 * Whether some application uses the microphone or the camera now, from the capability access
 * manager's consent store (Windows 10 1903 and later): each application's key there has
 * {@code LastUsedTimeStart} and {@code LastUsedTimeStop}, and a stop of 0 after a start means in use.
 * The keys' names are the applications' paths: they are walked, never kept or told.
 */
final class ConsentStoreInUse {

    static final String CONSENT_STORE =
            "Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore";
    static final List<String> CAPABILITIES = List.of("microphone", "webcam");
    /** Desktop programs sit one level deeper, under this key, than store apps. */
    static final String NON_PACKAGED = "NonPackaged";
    /** More applications than any person has; a longer list is cut here so a read stays short. */
    static final int MOST_APPLICATIONS = 2000;

    private ConsentStoreInUse() {
    }

    static boolean anyInUse(RegistryTree tree) throws Unavailable {
        if (!tree.exists(CONSENT_STORE)) {
            throw new Unavailable("no capability consent store (Windows before 10 1903)");
        }
        for (String capability : CAPABILITIES) {
            String key = CONSENT_STORE + "\\" + capability;
            if (anyApplicationInUse(tree, key) || anyApplicationInUse(tree, key + "\\" + NON_PACKAGED)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyApplicationInUse(RegistryTree tree, String parent) {
        List<String> applications = tree.subkeys(parent);
        int count = Math.min(applications.size(), MOST_APPLICATIONS);
        for (int i = 0; i < count; i++) {
            String application = applications.get(i);
            if (!application.equalsIgnoreCase(NON_PACKAGED) && inUse(tree, parent + "\\" + application)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inUse(RegistryTree tree, String key) {
        OptionalLong start = tree.qword(key, "LastUsedTimeStart");
        OptionalLong stop = tree.qword(key, "LastUsedTimeStop");
        return start.isPresent() && start.getAsLong() != 0 && stop.isPresent() && stop.getAsLong() == 0;
    }
}
