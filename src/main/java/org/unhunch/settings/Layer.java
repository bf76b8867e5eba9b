package org.unhunch.settings;

/** Where a setting's value came from, lowest to highest. */
public enum Layer {
    BUILT_IN("built-in default", "the built-in defaults"),
    ORGANISATION_DEFAULT("organisation default", "your organisation's defaults"),
    USER("your setting", "your settings"),
    ORGANISATION_LOCK("set by your organisation", "the settings your organisation set");

    private final String description;
    private final String together;

    Layer(String description, String together) {
        this.description = description;
        this.together = together;
    }

    /** One value's layer, as {@code settings list} shows it: "your setting". */
    public String description() {
        return description;
    }

    /** The layer's values together, as a message names them: "your settings". */
    public String together() {
        return together;
    }
}
