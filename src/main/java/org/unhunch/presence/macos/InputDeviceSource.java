package org.unhunch.presence.macos;

import com.sun.jna.Native;
import org.unhunch.presence.NativeAskedSource;
import org.unhunch.presence.Signal;

/** A call: the default input device running somewhere, from CoreAudio. */
final class InputDeviceSource extends NativeAskedSource {

    private AudioProperties audio;

    InputDeviceSource() {
        super("CoreAudio's default input device (running somewhere)", Signal.CALL);
    }

    @Override
    protected boolean readNative() {
        if (audio == null) {
            audio = new CoreAudioProperties(Native.load(CoreAudio.LIBRARY, CoreAudio.class));
        }
        return InputDeviceInUse.inUse(audio);
    }
}
