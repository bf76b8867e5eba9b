package org.unhunch.presence.windows;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Wtsapi32;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import org.unhunch.presence.NativeAskedSource;
import org.unhunch.presence.Signal;

/** The session's lock, read from the Remote Desktop Services API (Windows 7 and later). */
final class WtsSessionLockSource extends NativeAskedSource<Wtsapi32> {

    private final String osVersion;

    /** @param osVersion the {@code os.version} property */
    WtsSessionLockSource(String osVersion) {
        super("the Windows session's lock (WTSQuerySessionInformation)", Signal.SCREEN_LOCK, () -> Wtsapi32.INSTANCE);
        this.osVersion = osVersion;
    }

    @Override
    protected boolean read(Wtsapi32 wtsapi) throws Unavailable {
        PointerByReference buffer = new PointerByReference();
        IntByReference bytes = new IntByReference();
        if (!wtsapi.WTSQuerySessionInformation(Wtsapi32.WTS_CURRENT_SERVER_HANDLE, Wtsapi32.WTS_CURRENT_SESSION,
                Wtsapi32.WTS_INFO_CLASS.WTSSessionInfoEx, buffer, bytes)) {
            throw new Unavailable("WTSQuerySessionInformation failed with error " + Native.getLastError());
        }
        Pointer info = buffer.getValue();
        try {
            return SessionLockFlags.locked(SessionLockFlags.sessionFlags(bytes.getValue(), info::getInt), osVersion);
        } finally {
            wtsapi.WTSFreeMemory(info);
        }
    }
}
