package org.unhunch.presence;

import java.util.List;

/**
 * A platform's sources made once, so the flag that starts a source and the agent that asks it hold
 * the same instance.
 */
public abstract class FixedSources implements PlatformSources {

    private final List<PresenceSource> screenLock;
    private final List<PresenceSource> idleInhibitors;
    private final List<PresenceSource> calls;
    private final List<PresenceSource> presentation;
    private final List<PresenceSource> doNotDisturb;

    protected FixedSources(List<PresenceSource> screenLock, List<PresenceSource> idleInhibitors,
                           List<PresenceSource> calls, List<PresenceSource> presentation,
                           List<PresenceSource> doNotDisturb) {
        this.screenLock = List.copyOf(screenLock);
        this.idleInhibitors = List.copyOf(idleInhibitors);
        this.calls = List.copyOf(calls);
        this.presentation = List.copyOf(presentation);
        this.doNotDisturb = List.copyOf(doNotDisturb);
    }

    @Override
    public final List<PresenceSource> screenLock() {
        return screenLock;
    }

    @Override
    public final List<PresenceSource> idleInhibitors() {
        return idleInhibitors;
    }

    @Override
    public final List<PresenceSource> calls() {
        return calls;
    }

    @Override
    public final List<PresenceSource> presentation() {
        return presentation;
    }

    @Override
    public final List<PresenceSource> doNotDisturb() {
        return doNotDisturb;
    }
}
