package org.unhunch.settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * One preferences node as it is in the store now, read and changed without making it when it is
 * missing (a node made only to read it is written, empty, at the JDK's next sync).
 *
 * <p>Where the JDK keeps nodes in files ({@link NodeFiles}), its copy of a node in a running process
 * is not what is on disk: it reads the file again only at a sync that finds the root's modification
 * file untouched by any other process since its own last sync, so another process's value can stay
 * unseen as long as any other Java program syncs; and a change is written as this copy plus the
 * change, over whatever another process wrote. So the node's file is read directly, and a change is
 * made under Unhunch's {@link WriteLock}: the file as it is, changed, is put in the JDK's copy key by
 * key, flushed, and the file read back. Elsewhere (the registry, property lists, memory) the JDK reads
 * and writes each key in the store itself.
 */
final class StoredNode {

    private final Preferences root;
    private final String path;

    StoredNode(Preferences root, String path) {
        this.root = root;
        this.path = path;
    }

    /** The node's values, key to value; none for a missing node. */
    Map<String, String> read() throws BackingStoreException {
        Optional<Path> file = NodeFiles.values(root, path);
        return file.isPresent() ? NodeFile.read(file.get()) : throughTheJdk();
    }

    /**
     * Makes the node hold {@code change} applied to its values as they are; writes nothing (and
     * makes no node) when that is what it holds.
     *
     * @throws BackingStoreException if the node cannot be read or written, or another process's
     *                               write is found in it afterwards; the JDK's copy is then as it was
     */
    void change(UnaryOperator<Map<String, String>> change) throws BackingStoreException {
        Optional<Path> file = NodeFiles.values(root, path);
        if (file.isEmpty()) {
            Map<String, String> current = throughTheJdk();
            write(current, change.apply(new TreeMap<>(current)));
            return;
        }
        try (WriteLock lock = WriteLock.take(NodeFiles.rootFolder(root))) {
            Map<String, String> current;
            try {
                current = NodeFile.read(file.get());
            } catch (BackingStoreException e) {
                throw new BackingStoreException(e.getMessage() + "; it is not written over: move it away to start"
                        + " afresh");
            }
            Map<String, String> wanted = change.apply(new TreeMap<>(current));
            write(current, wanted);
            Map<String, String> written = NodeFile.read(file.get());
            if (!written.equals(wanted)) {
                throw new BackingStoreException(file.get() + ": another program changed it while it was saved");
            }
        }
    }

    private Map<String, String> throughTheJdk() throws BackingStoreException {
        return jdkCopy(root, path).orElseGet(TreeMap::new);
    }

    /** The JDK's copy of node {@code path} under {@code root}, key to value; empty if there is no such node. */
    static Optional<Map<String, String>> jdkCopy(Preferences root, String path) throws BackingStoreException {
        if (!root.nodeExists(path)) {
            return Optional.empty();
        }
        Preferences node = root.node(path);
        Map<String, String> values = new TreeMap<>();
        for (String key : node.keys()) {
            String value = node.get(key, null);
            if (value != null) {
                values.put(key, value);
            }
        }
        return Optional.of(values);
    }

    /** Makes the JDK's node hold {@code wanted} and flushes it; on a failure, puts {@code current} back. */
    private void write(Map<String, String> current, Map<String, String> wanted) throws BackingStoreException {
        if (wanted.equals(current)) {
            return;
        }
        Preferences node = root.node(path);
        try {
            hold(node, wanted);
            node.flush();
        } catch (BackingStoreException | RuntimeException e) {
            try {
                hold(node, current);
                node.flush();
            } catch (BackingStoreException | RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    /** Puts and removes keys until the JDK's copy of {@code node} is {@code values}. */
    private static void hold(Preferences node, Map<String, String> values) throws BackingStoreException {
        for (String key : node.keys()) {
            if (!values.containsKey(key)) {
                node.remove(key);
            }
        }
        values.forEach((key, value) -> {
            if (!value.equals(node.get(key, null))) {
                node.put(key, value);
            }
        });
    }
}
