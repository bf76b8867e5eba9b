package org.unhunch.presence.macos;

import com.sun.jna.Library;
import com.sun.jna.ptr.PointerByReference;

/** IOKit's power-management assertions; loaded by the source that reads them. */
public interface PowerManagement extends Library {

    String LIBRARY = "IOKit";

    /**
     * {@code IOReturn IOPMCopyAssertionsStatus(CFDictionaryRef *AssertionsStatus)}: each assertion
     * type and how many hold it, to be released with CFRelease; 0 is kIOReturnSuccess.
     */
    int IOPMCopyAssertionsStatus(PointerByReference assertionsStatus);
}
