package org.unhunch.presence.windows;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.WinReg;
import java.util.List;
import java.util.OptionalLong;

/** {@code HKEY_CURRENT_USER} through jna-platform; a key or value that vanished while read is missing. */
final class CurrentUserRegistry implements RegistryTree {

    @Override
    public boolean exists(String path) {
        return Advapi32Util.registryKeyExists(WinReg.HKEY_CURRENT_USER, path);
    }

    @Override
    public List<String> subkeys(String path) {
        try {
            return List.of(Advapi32Util.registryGetKeys(WinReg.HKEY_CURRENT_USER, path));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    @Override
    public OptionalLong qword(String path, String value) {
        try {
            return OptionalLong.of(Advapi32Util.registryGetLongValue(WinReg.HKEY_CURRENT_USER, path, value));
        } catch (RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
