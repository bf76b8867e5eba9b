package org.unhunch.settings;

/** A setting value that cannot be used; the message names the key, the value and what is allowed. */
public final class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String value;

    public InvalidSettingException(String key, String value, String problem) {
        super(key + "=" + value + ": " + problem);
        this.key = key;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }
}
