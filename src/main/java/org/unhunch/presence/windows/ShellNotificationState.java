package org.unhunch.presence.windows;

import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;

/** shell32's notification state (Windows Vista and later); loaded by the source that reads it. */
public interface ShellNotificationState extends StdCallLibrary {

    String LIBRARY = "shell32";

    /** {@code HRESULT SHQueryUserNotificationState(QUERY_USER_NOTIFICATION_STATE *pquns)}; 0 is S_OK. */
    int SHQueryUserNotificationState(IntByReference state);
}
