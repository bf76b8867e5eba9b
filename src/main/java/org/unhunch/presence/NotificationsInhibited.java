package org.unhunch.presence;

import java.util.Map;
import org.unhunch.platform.DbusBus;

/**
 * The desktop's do-not-disturb from the freedesktop.org notification service on the session bus
 * (KDE Plasma's): on while its {@code Inhibited} property is true. GNOME's notification daemon
 * has no such property, so there this source cannot start and says so ({@link GnomeBannersOff}
 * tells GNOME's do-not-disturb).
 */
public final class NotificationsInhibited extends PropertySource {

    private static final String NOTIFICATIONS = "org.freedesktop.Notifications";

    /** @param env the environment: the session bus's address */
    public NotificationsInhibited(Map<String, String> env) {
        super(NOTIFICATIONS + "'s do-not-disturb (session bus)", NOTIFICATIONS + " does not answer", env,
                DbusBus.SESSION, NOTIFICATIONS, "/org/freedesktop/Notifications", NOTIFICATIONS, "Inhibited");
    }

    @Override
    public Signal signal() {
        return Signal.DO_NOT_DISTURB;
    }
}
