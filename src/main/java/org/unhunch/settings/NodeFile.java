package org.unhunch.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.prefs.BackingStoreException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A node's {@code prefs.xml} as it is on disk now, in the JDK's map format: {@code <!DOCTYPE map
 * SYSTEM "http://java.sun.com/dtd/preferences.dtd"><map MAP_XML_VERSION="1.0"><entry key=".."
 * value=".."/></map>}. Read strictly, with {@link PreferencesXml}: what the JDK writes, and nothing
 * else — so that a file is never written over from a reading that missed part of it.
 */
final class NodeFile {

    /** A node with every setting at the longest value is about 160 KB; four times the settings, escaped. */
    static final int MAX_BYTES = 4 << 20;

    /** The newest map format the JDK reads; it refuses a file of a newer one. */
    private static final String MAP_XML_VERSION = "1.0";

    private NodeFile() {
    }

    /**
     * The values in {@code file}, key to value; none if there is no such file or folder.
     *
     * @throws BackingStoreException naming the file and what is wrong, if it cannot be read or is not
     *                               the format as the JDK writes it
     */
    static Map<String, String> read(Path file) throws BackingStoreException {
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            if (!(e instanceof AccessDeniedException) && !Files.isDirectory(file.getParent())) {
                return Map.of();
            }
            throw unreadable(file, reason(e));
        }
        if (content.length > MAX_BYTES) {
            throw unreadable(file, "larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        Element map;
        try {
            map = PreferencesXml.parse(content, "map", "a preferences file").getDocumentElement();
        } catch (PreferencesXml.NotPreferencesXml e) {
            throw unreadable(file, e.getMessage());
        }
        if (!map.getTagName().equals("map")) {
            throw unreadable(file, "<" + SettingText.quote(map.getTagName()) + "> where the JDK writes <map>");
        }
        String version = map.getAttribute("MAP_XML_VERSION");
        if (version.compareTo(MAP_XML_VERSION) > 0) {
            throw unreadable(file, "map format " + SettingText.quote(version) + ", newer than Java reads");
        }
        requireKnownAttributes(map, file);
        Map<String, String> values = new TreeMap<>();
        for (Node child = map.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element entry && entry.getTagName().equals("entry")) {
                requireKnownAttributes(entry, file);
                if (!entry.hasAttribute("key") || !entry.hasAttribute("value")) {
                    throw unreadable(file, "an <entry> without a key or a value");
                }
                if (values.put(entry.getAttribute("key"), entry.getAttribute("value")) != null) {
                    throw unreadable(file, "two entries for " + SettingText.quote(entry.getAttribute("key")));
                }
            } else if (child.getNodeType() != Node.COMMENT_NODE && !(child.getNodeType() == Node.TEXT_NODE
                    && child.getNodeValue().isBlank())) {
                throw unreadable(file, "something other than entries in the <map>: "
                        + SettingText.quote(child.getNodeName()));
            }
        }
        return values;
    }

    /** Refuses an attribute of {@code element} that the JDK's preferences.dtd does not give it. */
    private static void requireKnownAttributes(Element element, Path file) throws BackingStoreException {
        List<Node> unknown = PreferencesXml.unknownAttributes(element);
        if (!unknown.isEmpty()) {
            throw unreadable(file, "an unknown attribute " + SettingText.quote(unknown.get(0).getNodeName()) + " on <"
                    + element.getTagName() + ">");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return SettingText.escape(e instanceof FileSystemException failure && failure.getReason() != null
                ? failure.getReason() : String.valueOf(e.getMessage()));
    }

    private static BackingStoreException unreadable(Path file, String reason) {
        return new BackingStoreException(file + ": " + reason);
    }
}
