package org.unhunch.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;

/**
 * Preferences kept in memory, with the JDK's own checks (key, value and name lengths) from
 * {@link AbstractPreferences}; {@link #failWrites()} makes every flush fail, as a store that cannot
 * be written does.
 */
public final class MemoryPreferences extends AbstractPreferences {

    private final Map<String, String> values = new TreeMap<>();
    private final Map<String, MemoryPreferences> children = new TreeMap<>();
    private final MemoryPreferences root;
    private boolean failWrites;

    public MemoryPreferences() {
        super(null, "");
        this.root = this;
    }

    private MemoryPreferences(MemoryPreferences parent, String name) {
        super(parent, name);
        this.root = parent.root;
    }

    /** From now on every flush of this tree fails. */
    public void failWrites() {
        root.failWrites = true;
    }

    /** Every value in the tree, by node path and key: what a test compares before and after. */
    public Map<String, String> snapshot() {
        Map<String, String> all = new TreeMap<>();
        values.forEach((key, value) -> all.put(absolutePath() + " " + key, value));
        children.values().forEach(child -> all.putAll(child.snapshot()));
        return all;
    }

    @Override
    protected void putSpi(String key, String value) {
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        ((MemoryPreferences) parent()).children.remove(name());
    }

    @Override
    protected String[] keysSpi() {
        return values.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return children.keySet().toArray(String[]::new);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return children.computeIfAbsent(name, absent -> new MemoryPreferences(this, absent));
    }

    @Override
    protected void syncSpi() throws BackingStoreException {
        flushSpi();
    }

    @Override
    protected void flushSpi() throws BackingStoreException {
        if (root.failWrites) {
            throw new BackingStoreException("the store is read-only");
        }
    }
}
