package org.unhunch.presence.windows;

import org.unhunch.presence.NativeAskedSource;
import org.unhunch.presence.Signal;

/** A microphone or camera in use, from the current user's consent store in the registry. */
final class ConsentStoreCallSource extends NativeAskedSource<RegistryTree> {

    ConsentStoreCallSource() {
        super("the Windows capability consent store (registry)", Signal.CALL, CurrentUserRegistry::new);
    }

    @Override
    protected boolean read(RegistryTree registry) throws Unavailable {
        return ConsentStoreInUse.anyInUse(registry);
    }
}
