package org.unhunch.presence;

import java.util.Map;
import org.unhunch.platform.DbusBus;

/**
 * A video or a player holding the screen awake, from GNOME's session manager on the session bus:
 * on while its {@code InhibitedActions} has the idle flag, which an application sets while it
 * asks that the session not go idle. Which application holds it is never read.
 */
public final class IdleInhibited extends PropertySource {

    private static final String SESSION_MANAGER = "org.gnome.SessionManager";
    /** {@code GSM_INHIBITOR_FLAG_IDLE}: the session must not be marked idle. */
    private static final long IDLE = 8;

    /** @param env the environment: the session bus's address */
    public IdleInhibited(Map<String, String> env) {
        super(SESSION_MANAGER + "'s idle inhibitor (session bus)", SESSION_MANAGER + " does not answer", env,
                DbusBus.SESSION, SESSION_MANAGER, "/org/gnome/SessionManager", SESSION_MANAGER, "InhibitedActions");
    }

    @Override
    boolean on(Object value) {
        return value instanceof Number flags && (flags.longValue() & IDLE) != 0;
    }

    @Override
    public Signal signal() {
        return Signal.IDLE_INHIBITOR;
    }
}
