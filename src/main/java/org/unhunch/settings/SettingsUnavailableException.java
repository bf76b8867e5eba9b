package org.unhunch.settings;

/** The preferences store cannot be written (read-only home, a locked-down profile). */
public final class SettingsUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SettingsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
