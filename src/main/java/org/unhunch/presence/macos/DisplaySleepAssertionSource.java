package org.unhunch.presence.macos;

import com.sun.jna.Native;
import com.sun.jna.platform.mac.CoreFoundation.CFDictionaryRef;
import com.sun.jna.ptr.PointerByReference;
import org.unhunch.presence.NativeAskedSource;
import org.unhunch.presence.Signal;

/** A player holding the screen awake, from IOKit's power-management assertions. */
final class DisplaySleepAssertionSource extends NativeAskedSource<PowerManagement> {

    DisplaySleepAssertionSource() {
        super("the macOS power assertions (IOPMCopyAssertionsStatus)", Signal.IDLE_INHIBITOR,
                () -> Native.load(PowerManagement.LIBRARY, PowerManagement.class));
    }

    @Override
    protected boolean read(PowerManagement power) throws Unavailable {
        PointerByReference status = new PointerByReference();
        int result = power.IOPMCopyAssertionsStatus(status);
        if (result != 0 || status.getValue() == null) {
            throw new Unavailable(String.format("IOPMCopyAssertionsStatus failed: 0x%08x", result));
        }
        try (CfDictionaryValues values = new CfDictionaryValues(new CFDictionaryRef(status.getValue()))) {
            return DisplaySleepAssertion.held(values);
        }
    }
}
