package org.unhunch.presence.macos;

import com.sun.jna.Native;
import org.unhunch.presence.NativeAskedSource;
import org.unhunch.presence.Signal;

/** A call: the default input device running somewhere, from CoreAudio. */
final class InputDeviceSource extends NativeAskedSource<AudioProperties> {

    InputDeviceSource() {
        super("CoreAudio's default input device (running somewhere)", Signal.CALL,
                () -> new CoreAudioProperties(Native.load(CoreAudio.LIBRARY, CoreAudio.class)));
    }

    @Override
    protected boolean read(AudioProperties audio) {
        return InputDeviceInUse.inUse(audio);
    }
}
