package org.unhunch.presence.macos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class InputDeviceInUseTest {

    private static final int MICROPHONE = 73;

    private final FakeAudio audio = new FakeAudio();

    @Test
    void the_default_input_device_running_somewhere_is_a_call() {
        audio.answers(InputDeviceInUse.SYSTEM_OBJECT, "dIn ", MICROPHONE);
        audio.answers(MICROPHONE, "gone", 1);

        assertThat(InputDeviceInUse.inUse(audio)).isTrue();
    }

    @Test
    void the_default_input_device_idle_is_no_call() {
        audio.answers(InputDeviceInUse.SYSTEM_OBJECT, "dIn ", MICROPHONE);
        audio.answers(MICROPHONE, "gone", 0);

        assertThat(InputDeviceInUse.inUse(audio)).isFalse();
    }

    @Test
    void another_device_running_is_not_asked_about() {
        audio.answers(InputDeviceInUse.SYSTEM_OBJECT, "dIn ", MICROPHONE);
        audio.answers(MICROPHONE, "gone", 0);
        audio.answers(MICROPHONE + 1, "gone", 1);

        assertThat(InputDeviceInUse.inUse(audio)).isFalse();
    }

    @Test
    void no_input_device_or_an_error_is_no_call() {
        assertThat(InputDeviceInUse.inUse(audio)).as("CoreAudio answers an error").isFalse();

        audio.answers(InputDeviceInUse.SYSTEM_OBJECT, "dIn ", InputDeviceInUse.NO_DEVICE);
        audio.answers(InputDeviceInUse.NO_DEVICE, "gone", 1);
        assertThat(InputDeviceInUse.inUse(audio)).as("kAudioObjectUnknown").isFalse();

        audio.answers(InputDeviceInUse.SYSTEM_OBJECT, "dIn ", MICROPHONE);
        assertThat(InputDeviceInUse.inUse(audio)).as("the device's state cannot be read").isFalse();
    }

    /** CoreAudio's objects by id and selector; anything not set answers an error. */
    private static final class FakeAudio implements AudioProperties {

        private final Map<String, Integer> values = new HashMap<>();

        void answers(int objectId, String selector, int value) {
            values.put(objectId + "/" + FourCharCode.of(selector), value);
        }

        @Override
        public OptionalInt uint32(int objectId, int selector) {
            Integer value = values.get(objectId + "/" + selector);
            return value == null ? OptionalInt.empty() : OptionalInt.of(value);
        }
    }
}
