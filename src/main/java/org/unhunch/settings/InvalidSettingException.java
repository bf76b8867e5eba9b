package org.unhunch.settings;

/** A setting value that cannot be used; the message names the key, the value and what is allowed. */
public final class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String value;

    /** A bad value: the message starts {@code key=value: } (both quoted safely, see {@link SettingText#quote}). */
    public InvalidSettingException(String key, String value, String problem) {
        super(SettingText.quote(key) + "=" + SettingText.quote(value) + ": " + problem);
        this.key = key;
        this.value = value;
    }

    private InvalidSettingException(String key, String problem) {
        super(SettingText.quote(key) + ": " + problem);
        this.key = key;
        this.value = null;
    }

    /** A key that is no setting, asked for without a value ({@code settings get}, {@code settings reset}). */
    public static InvalidSettingException unknownKey(String key) {
        return new InvalidSettingException(key, "unknown setting; 'unhunch settings list' shows them all");
    }

    public String key() {
        return key;
    }

    /** The value, or null when none was given. */
    public String value() {
        return value;
    }
}
