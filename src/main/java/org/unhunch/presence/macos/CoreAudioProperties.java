package org.unhunch.presence.macos;

import com.sun.jna.ptr.IntByReference;
import java.util.OptionalInt;

/** {@link AudioProperties} through the CoreAudio framework. */
final class CoreAudioProperties implements AudioProperties {

    private static final int GLOBAL_SCOPE = FourCharCode.of("glob");
    private static final int MAIN_ELEMENT = 0;

    private final CoreAudio coreAudio;

    CoreAudioProperties(CoreAudio coreAudio) {
        this.coreAudio = coreAudio;
    }

    @Override
    public OptionalInt uint32(int objectId, int selector) {
        IntByReference size = new IntByReference(Integer.BYTES);
        IntByReference data = new IntByReference();
        int status = coreAudio.AudioObjectGetPropertyData(objectId, new int[] {selector, GLOBAL_SCOPE, MAIN_ELEMENT},
                0, null, size, data);
        if (status != 0 || size.getValue() != Integer.BYTES) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(data.getValue());
    }
}
