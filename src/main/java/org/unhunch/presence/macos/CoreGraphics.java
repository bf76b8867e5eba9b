package org.unhunch.presence.macos;

import com.sun.jna.Library;
import com.sun.jna.platform.mac.CoreFoundation.CFDictionaryRef;

/** The CoreGraphics framework's window-server session; loaded by the source that reads it. */
public interface CoreGraphics extends Library {

    String LIBRARY = "CoreGraphics";

    /** The session's dictionary, to be released with CFRelease; null where there is no window-server session. */
    CFDictionaryRef CGSessionCopyCurrentDictionary();
}
