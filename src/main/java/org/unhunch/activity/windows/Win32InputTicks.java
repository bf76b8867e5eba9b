package org.unhunch.activity.windows;

import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.User32;
import com.sun.jna.platform.win32.WinUser.LASTINPUTINFO;
import java.util.OptionalInt;

/** The input ticks read from user32 and kernel32, which are loaded when this is built. */
final class Win32InputTicks implements InputTicks {

    private final User32 user32;
    private final Kernel32 kernel32;

    /** @throws LinkageError where user32 or kernel32 is not on this system */
    Win32InputTicks() {
        this.user32 = User32.INSTANCE;
        this.kernel32 = Kernel32.INSTANCE;
    }

    @Override
    public OptionalInt lastInputTick() {
        LASTINPUTINFO info = new LASTINPUTINFO();
        return user32.GetLastInputInfo(info) ? OptionalInt.of(info.dwTime) : OptionalInt.empty();
    }

    @Override
    public long tickCount() {
        return kernel32.GetTickCount64();
    }
}
