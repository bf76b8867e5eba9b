package org.unhunch.settings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.ext.Locator2;

/**
 * The one XML parser for outside input, for the JDK's two preferences formats: a policy file
 * (document element {@code preferences}) and the file of one node (document element {@code map}).
 * No DTD, no entity but XML's own five, no XInclude, nothing fetched, no element deeper than
 * {@link #MAX_DEPTH}, and its errors thrown, never printed.
 *
 * <p>The JDK writes one DOCTYPE, which it never loads: {@code <!DOCTYPE NAME SYSTEM
 * "http://java.sun.com/dtd/preferences.dtd">}. The parse that makes the tree never sees a
 * DOCTYPE: with one that names an outside DTD, the JDK's parsers silently drop an undeclared
 * entity in an attribute value, where without one it is an error. So the XML parser finds it
 * first, however the file is spelt or encoded: a SAX pass stops at the DOCTYPE's start, before
 * anything in it is read, with its name, ids and the file's encoding; the text is decoded (strictly)
 * and a StAX pass over the characters, DTDs not supported, gives the declaration as written. If it
 * is exactly the JDK's — any white space, either quote, no public id, no internal subset — it is
 * made spaces in the text, which is then parsed; otherwise the bytes are parsed as they are, and
 * the DOCTYPE is refused there. (StAX is never given bytes: the JDK's prints "[Fatal Error]" for
 * a malformed byte.)
 */
final class PreferencesXml {

    static final String SYSTEM_ID = "http://java.sun.com/dtd/preferences.dtd";
    static final String STANDARD_DOCTYPE = doctype("preferences");

    /** A policy file's elements are at most 8 deep (preferences, root, org, unhunch, policy, locked, map, entry). */
    static final int MAX_DEPTH = 32;

    /** The attributes the JDK's preferences.dtd gives each element; no other element has any. */
    private static final Map<String, List<String>> ATTRIBUTES = Map.of("preferences", List.of("EXTERNAL_XML_VERSION"),
            "root", List.of("type"), "node", List.of("name"), "map", List.of("MAP_XML_VERSION"),
            "entry", List.of("key", "value"));

    /** The XML cannot be read as the format; the message says where and why. */
    static final class NotPreferencesXml extends Exception {
        private static final long serialVersionUID = 1L;

        NotPreferencesXml(String message) {
            super(message);
        }
    }

    /** The start of a DOCTYPE as the SAX pass saw it, and the encoding the file was read in. */
    private record DoctypeStart(String name, String publicId, String systemId, String encoding) {
    }

    /** Ends the SAX pass where a DOCTYPE starts. */
    private static final class DoctypeFound extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient DoctypeStart start;

        DoctypeFound(DoctypeStart start) {
            super("a DOCTYPE");
            this.start = start;
        }
    }

    private PreferencesXml() {
    }

    /** The JDK's DOCTYPE line for documents whose element is {@code name}. */
    /** The attributes {@code element} may have: those the JDK's preferences.dtd gives it. */
    static List<String> attributesAllowed(Element element) {
        return ATTRIBUTES.getOrDefault(element.getTagName(), List.of());
    }

    /** The attributes of {@code element} that the JDK's preferences.dtd does not give it, in order. */
    static List<Node> unknownAttributes(Element element) {
        List<String> allowed = attributesAllowed(element);
        NamedNodeMap attributes = element.getAttributes();
        List<Node> unknown = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            if (!allowed.contains(attributes.item(i).getNodeName())) {
                unknown.add(attributes.item(i));
            }
        }
        return unknown;
    }

    static String doctype(String name) {
        return "<!DOCTYPE " + name + " SYSTEM \"" + SYSTEM_ID + "\">";
    }

    /**
     * Parses {@code content}; a DOCTYPE is allowed only as the JDK's for the document element
     * {@code name}, and a refusal of another says that {@code what} ("a policy file") may not have it.
     */
    static Document parse(byte[] content, String name, String what) throws NotPreferencesXml {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(THROW);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("refers to an outside entity or DTD (" + systemId + ")");
            });
            Optional<String> withoutDoctype = withoutJdksDoctype(content, name);
            return withoutDoctype.isPresent()
                    ? builder.parse(new InputSource(new StringReader(withoutDoctype.get())))
                    : builder.parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            throw new NotPreferencesXml("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + reason(e, name, what));
        } catch (SAXException e) {
            throw new NotPreferencesXml(reason(e, name, what));
        } catch (IOException | ParserConfigurationException e) {
            throw new NotPreferencesXml(SettingText.escape(e.getMessage()));
        }
    }

    /** {@code content} as text with its DOCTYPE made spaces, if that DOCTYPE is exactly the JDK's for {@code name}. */
    private static Optional<String> withoutJdksDoctype(byte[] content, String name) throws NotPreferencesXml {
        Optional<DoctypeStart> start = doctypeStart(content).filter(found -> found.name().equals(name)
                && found.publicId() == null && SYSTEM_ID.equals(found.systemId()));
        if (start.isEmpty()) {
            return Optional.empty();
        }
        String text = decoded(content, start.get().encoding());
        return declaration(text).filter(declaration -> isStandard(declaration, name))
                .map(declaration -> blanked(text, declaration));
    }

    /** Where the SAX pass, which reads nothing of a DTD, finds a DOCTYPE; none if it finds none or cannot read on. */
    private static Optional<DoctypeStart> doctypeStart(byte[] content) {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            DefaultHandler2 handler = new DefaultHandler2() {
                private Locator2 locator;

                @Override
                public void setDocumentLocator(Locator locator) {
                    this.locator = locator instanceof Locator2 withEncoding ? withEncoding : null;
                }

                @Override
                public void startDTD(String name, String publicId, String systemId) throws SAXException {
                    throw new DoctypeFound(new DoctypeStart(name, publicId, systemId,
                            locator == null ? null : locator.getEncoding()));
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes)
                        throws SAXException {
                    throw new SAXException("no DOCTYPE");
                }
            };
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            reader.setContentHandler(handler);
            reader.setEntityResolver(handler);
            reader.setErrorHandler(THROW);
            reader.parse(new InputSource(new ByteArrayInputStream(content)));
            return Optional.empty();
        } catch (DoctypeFound found) {
            return Optional.of(found.start).filter(start -> start.encoding() != null);
        } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code content} decoded strictly (a malformed byte is refused, never replaced), without a byte order mark. */
    private static String decoded(byte[] content, String encoding) throws NotPreferencesXml {
        try {
            String text = Charset.forName(encoding).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException | IllegalArgumentException e) {
            throw new NotPreferencesXml("not " + SettingText.quote(encoding) + " text throughout, though it begins"
                    + " as such");
        }
    }

    /** The DOCTYPE declaration as written, from a StAX pass over {@code text} that processes no DTD. */
    private static Optional<String> declaration(String text) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("refers to an outside entity or DTD");
        });
        factory.setXMLReporter((message, type, info, location) -> { });
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(text));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    return Optional.of(reader.getText());
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        } finally {
            close(reader);
        }
    }

    /** Whether {@code declaration} is the JDK's DOCTYPE for {@code name}, spelt with any white space and either quote. */
    private static boolean isStandard(String declaration, String name) {
        String space = "[ \\t\\r\\n]+";
        String id = Pattern.quote(SYSTEM_ID);
        return Pattern.matches("<!DOCTYPE" + space + Pattern.quote(name) + space + "SYSTEM" + space
                + "(\"" + id + "\"|'" + id + "')[ \\t\\r\\n]*>", declaration);
    }

    /**
     * {@code text} with {@code declaration} made spaces, its line ends kept, so that lines keep their
     * numbers. The first time it is written: were that in a comment before the DOCTYPE, the DOCTYPE
     * itself would stay and be refused (StAX's location of the event is past its read-ahead).
     */
    private static String blanked(String text, String declaration) {
        int start = text.indexOf(declaration);
        StringBuilder blanked = new StringBuilder(text);
        for (int i = start; i < start + declaration.length(); i++) {
            if (blanked.charAt(i) != '\n' && blanked.charAt(i) != '\r') {
                blanked.setCharAt(i, ' ');
            }
        }
        return blanked.toString();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was held open: the input is a byte array
            }
        }
    }

    private static String reason(SAXException e, String name, String what) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("disallow-doctype-decl")) {
            return "a DOCTYPE other than the JDK's own " + doctype(name) + "; " + what + " may not declare"
                    + " entities or name another DTD";
        }
        return SettingText.escape(message);
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute("jdk.xml.maxElementDepth", Integer.toString(MAX_DEPTH));
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        return factory;
    }

    /** Every warning, error and fatal error thrown, so that the parser prints nothing of its own. */
    private static final ErrorHandler THROW = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
