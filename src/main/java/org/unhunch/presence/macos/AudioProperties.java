package org.unhunch.presence.macos;

import java.util.OptionalInt;

/** CoreAudio's properties of one object, in the global scope and the main element. */
interface AudioProperties {

    /** The UInt32 property {@code selector} of the object; empty where CoreAudio answers an error. */
    OptionalInt uint32(int objectId, int selector);
}
