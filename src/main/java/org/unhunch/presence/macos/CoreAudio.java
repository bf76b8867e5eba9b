package org.unhunch.presence.macos;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/** The CoreAudio framework's property call; loaded by the source that reads it. */
public interface CoreAudio extends Library {

    String LIBRARY = "CoreAudio";

    /**
     * {@code OSStatus AudioObjectGetPropertyData(AudioObjectID, const AudioObjectPropertyAddress*,
     * UInt32 qualifierSize, const void* qualifier, UInt32* ioDataSize, void* outData)}; 0 is noErr.
     *
     * @param address the {@code AudioObjectPropertyAddress}: selector, scope and element, three UInt32
     */
    int AudioObjectGetPropertyData(int objectId, int[] address, int qualifierSize, Pointer qualifier,
                                   IntByReference dataSize, IntByReference data);
}
