package org.unhunch.presence.windows;

import java.util.List;
import java.util.OptionalLong;

/** The part of a registry hive the consent store is read through; paths are below the hive's root. */
interface RegistryTree {

    boolean exists(String path);

    /** The names of the key's subkeys; none where the key is missing or cannot be read. */
    List<String> subkeys(String path);

    /** The key's QWORD value; empty where the key or the value is missing, or the value is not a QWORD. */
    OptionalLong qword(String path, String value);
}
