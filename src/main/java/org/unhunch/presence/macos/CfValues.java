package org.unhunch.presence.macos;

import java.util.Optional;
import java.util.OptionalLong;

/** The values of a CoreFoundation dictionary with string keys, read one key at a time. */
interface CfValues {

    /** The key's CFBoolean; empty where it is missing or of another type. */
    Optional<Boolean> bool(String key);

    /** The key's CFNumber as an integer; empty where it is missing or of another type. */
    OptionalLong number(String key);
}
