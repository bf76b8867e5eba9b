package org.unhunch.activity.macos;

import com.sun.jna.Library;

/** The part of the CoreGraphics framework's event sources read here; loaded by {@link MacIdleTime#open()}. */
public interface CoreGraphicsEventSource extends Library {

    String LIBRARY = "CoreGraphics";

    /** {@code kCGEventSourceStateHIDSystemState}: the state of all the hardware's input, whoever posted it. */
    int HID_SYSTEM_STATE = 1;

    /** {@code kCGAnyInputEventType}, {@code ((CGEventType)(~0))}: an unsigned 32-bit value. */
    int ANY_INPUT_EVENT_TYPE = 0xFFFFFFFF;

    /**
     * {@code CFTimeInterval CGEventSourceSecondsSinceLastEventType(CGEventSourceStateID, CGEventType)}:
     * seconds since the last event of that type in that state.
     */
    double CGEventSourceSecondsSinceLastEventType(int sourceState, int eventType);
}
