package org.unhunch.presence.macos;

import com.sun.jna.Pointer;
import com.sun.jna.platform.mac.CoreFoundation;
import com.sun.jna.platform.mac.CoreFoundation.CFBooleanRef;
import com.sun.jna.platform.mac.CoreFoundation.CFDictionaryRef;
import com.sun.jna.platform.mac.CoreFoundation.CFNumberRef;
import com.sun.jna.platform.mac.CoreFoundation.CFStringRef;
import com.sun.jna.platform.mac.CoreFoundation.CFTypeRef;
import java.util.Optional;
import java.util.OptionalLong;

/** A dictionary a Copy function returned, owned here: closing releases it. */
final class CfDictionaryValues implements CfValues, AutoCloseable {

    private final CFDictionaryRef dictionary;

    CfDictionaryValues(CFDictionaryRef dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public Optional<Boolean> bool(String key) {
        CFTypeRef value = value(key);
        if (value == null || !value.isTypeID(CoreFoundation.BOOLEAN_TYPE_ID)) {
            return Optional.empty();
        }
        return Optional.of(new CFBooleanRef(value.getPointer()).booleanValue());
    }

    @Override
    public OptionalLong number(String key) {
        CFTypeRef value = value(key);
        if (value == null || !value.isTypeID(CoreFoundation.NUMBER_TYPE_ID)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(new CFNumberRef(value.getPointer()).longValue());
    }

    /** The value, not retained: it lives as long as the dictionary. */
    private CFTypeRef value(String key) {
        CFStringRef cfKey = CFStringRef.createCFString(key);
        try {
            Pointer value = dictionary.getValue(cfKey);
            return value == null ? null : new CFTypeRef(value);
        } finally {
            cfKey.release();
        }
    }

    @Override
    public void close() {
        dictionary.release();
    }
}
