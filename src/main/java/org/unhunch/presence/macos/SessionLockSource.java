package org.unhunch.presence.macos;

import com.sun.jna.Native;
import com.sun.jna.platform.mac.CoreFoundation.CFDictionaryRef;
import org.unhunch.presence.NativeAskedSource;
import org.unhunch.presence.Signal;

/** The screen's lock, from the CoreGraphics window-server session. */
final class SessionLockSource extends NativeAskedSource<CoreGraphics> {

    SessionLockSource() {
        super("the macOS window-server session (CGSessionCopyCurrentDictionary)", Signal.SCREEN_LOCK,
                () -> Native.load(CoreGraphics.LIBRARY, CoreGraphics.class));
    }

    @Override
    protected boolean read(CoreGraphics coreGraphics) throws Unavailable {
        CFDictionaryRef session = coreGraphics.CGSessionCopyCurrentDictionary();
        if (session == null) {
            throw new Unavailable("no window-server session");
        }
        try (CfDictionaryValues values = new CfDictionaryValues(session)) {
            return ScreenLockedEntry.locked(values);
        }
    }
}
