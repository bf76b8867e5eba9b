package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Library;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.User32;
import com.sun.jna.platform.win32.WinUser.LASTINPUTINFO;
import org.junit.jupiter.api.Test;
import org.unhunch.activity.macos.CoreGraphicsEventSource;
import org.unhunch.activity.macos.MacIdleTime;
import org.unhunch.activity.windows.WindowsIdleTime;

/**
 * The Windows and macOS idle-time bindings, checked as far as they can be without their libraries:
 * the readers initialise anywhere (nothing native is loaded before {@code open}), and the functions
 * are declared with the names and types the libraries export.
 */
class IdleTimeBindingsTest {

    @Test
    void the_readers_initialise_without_loading_a_library() throws Exception {
        for (String reader : new String[] {WindowsIdleTime.class.getName(), "org.unhunch.activity.windows.Win32InputTicks",
                MacIdleTime.class.getName(), CoreGraphicsEventSource.class.getName()}) {
            assertThat(Class.forName(reader, true, getClass().getClassLoader())).as(reader).isNotNull();
        }
    }

    @Test
    void windows_last_input_and_tick_count_calls_are_declared_as_exported() throws Exception {
        assertThat(User32.class.getMethod("GetLastInputInfo", LASTINPUTINFO.class).getReturnType())
                .isEqualTo(boolean.class);
        assertThat(Kernel32.class.getMethod("GetTickCount64").getReturnType()).isEqualTo(long.class);
        LASTINPUTINFO info = new LASTINPUTINFO();
        assertThat(info.size()).as("UINT cbSize; DWORD dwTime").isEqualTo(8);
        assertThat(info.cbSize).isEqualTo(8);
        info.dwTime = 0x1234_5678;
        info.write();
        assertThat(info.getPointer().getInt(4)).as("dwTime after cbSize").isEqualTo(0x1234_5678);
    }

    @Test
    void the_macos_event_source_call_is_declared_as_exported() throws Exception {
        assertThat(Library.class).isAssignableFrom(CoreGraphicsEventSource.class);
        assertThat(CoreGraphicsEventSource.class.getMethod("CGEventSourceSecondsSinceLastEventType", int.class,
                int.class).getReturnType()).isEqualTo(double.class);
        assertThat(CoreGraphicsEventSource.LIBRARY).isEqualTo("CoreGraphics");
    }
}
