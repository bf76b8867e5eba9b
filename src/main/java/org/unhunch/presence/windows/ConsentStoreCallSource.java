package org.unhunch.presence.windows;

import org.unhunch.presence.NativeAskedSource;
import org.unhunch.presence.Signal;

/** A microphone or camera in use, from the current user's consent store in the registry. */
final class ConsentStoreCallSource extends NativeAskedSource {

    private RegistryTree registry;

    ConsentStoreCallSource() {
        super("the Windows capability consent store (registry)", Signal.CALL);
    }

    @Override
    protected boolean readNative() throws Unavailable {
        if (registry == null) {
            registry = new CurrentUserRegistry();
        }
        return ConsentStoreInUse.anyInUse(registry);
    }
}
