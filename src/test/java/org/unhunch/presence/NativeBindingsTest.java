package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.platform.mac.CoreFoundation.CFDictionaryRef;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import org.junit.jupiter.api.Test;
import org.unhunch.presence.macos.CoreAudio;
import org.unhunch.presence.macos.CoreGraphics;
import org.unhunch.presence.macos.PowerManagement;
import org.unhunch.presence.windows.ShellNotificationState;

/** The JNA interfaces load and initialise on any system: nothing native happens until a source reads. */
class NativeBindingsTest {

    @Test
    void the_bindings_load_as_library_interfaces_with_the_functions_declared() throws Exception {
        for (Class<?> binding : new Class<?>[] {ShellNotificationState.class, CoreAudio.class, CoreGraphics.class,
                PowerManagement.class}) {
            Class<?> loaded = Class.forName(binding.getName(), true, getClass().getClassLoader());
            assertThat(loaded.isInterface()).as(binding.getName()).isTrue();
            assertThat(Library.class).isAssignableFrom(loaded);
        }
        assertThat(ShellNotificationState.class.getMethod("SHQueryUserNotificationState", IntByReference.class)
                .getReturnType()).isEqualTo(int.class);
        assertThat(CoreAudio.class.getMethod("AudioObjectGetPropertyData", int.class, int[].class, int.class,
                Pointer.class, IntByReference.class, IntByReference.class).getReturnType()).isEqualTo(int.class);
        assertThat(CoreGraphics.class.getMethod("CGSessionCopyCurrentDictionary").getReturnType())
                .isEqualTo(CFDictionaryRef.class);
        assertThat(PowerManagement.class.getMethod("IOPMCopyAssertionsStatus", PointerByReference.class)
                .getReturnType()).isEqualTo(int.class);
    }
}
