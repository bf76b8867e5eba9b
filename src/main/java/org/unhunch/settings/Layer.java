package org.unhunch.settings;

/** Where a setting's value came from, lowest to highest. */
public enum Layer {
    BUILT_IN("built-in default"),
    ORGANISATION_DEFAULT("organisation default"),
    USER("your setting"),
    ORGANISATION_LOCK("set by your organisation");

    private final String description;

    Layer(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
