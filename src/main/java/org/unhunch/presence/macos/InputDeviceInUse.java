package org.unhunch.presence.macos;

import java.util.OptionalInt;

/**
 * Whether the default input device (the microphone) is running in some process: CoreAudio's
 * {@code kAudioDevicePropertyDeviceIsRunningSomewhere} on {@code kAudioHardwarePropertyDefaultInputDevice}.
 * Which process, and the device's name, are never asked.
 */
final class InputDeviceInUse {

    /** {@code kAudioObjectSystemObject}. */
    static final int SYSTEM_OBJECT = 1;
    /** {@code kAudioObjectUnknown}: no default input device. */
    static final int NO_DEVICE = 0;
    static final int DEFAULT_INPUT_DEVICE = FourCharCode.of("dIn ");
    static final int IS_RUNNING_SOMEWHERE = FourCharCode.of("gone");

    private InputDeviceInUse() {
    }

    static boolean inUse(AudioProperties audio) {
        OptionalInt device = audio.uint32(SYSTEM_OBJECT, DEFAULT_INPUT_DEVICE);
        if (device.isEmpty() || device.getAsInt() == NO_DEVICE) {
            return false;
        }
        OptionalInt running = audio.uint32(device.getAsInt(), IS_RUNNING_SOMEWHERE);
        return running.isPresent() && running.getAsInt() != 0;
    }
}
