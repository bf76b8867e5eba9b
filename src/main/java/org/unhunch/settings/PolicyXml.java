package org.unhunch.settings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one XML parser for outside input: no DTD, no entity but XML's own five, no XInclude, nothing
 * fetched, no element deeper than a policy file's, and its errors thrown, never printed. The JDK's
 * preferences format starts with one fixed line, {@link #STANDARD_DOCTYPE}, which the JDK itself
 * never loads; that exact line is blanked before parsing, so that every other DOCTYPE — an
 * internal subset with entities, another DTD — is refused by the parser.
 */
final class PolicyXml {

    static final String STANDARD_DOCTYPE = "<!DOCTYPE preferences SYSTEM \"http://java.sun.com/dtd/preferences.dtd\">";

    /** A policy file's elements are at most 8 deep (preferences, root, org, unhunch, policy, locked, map, entry). */
    static final int MAX_DEPTH = 32;

    private static final byte[] STANDARD_DOCTYPE_BYTES = STANDARD_DOCTYPE.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DOCUMENT_ELEMENT = "<preferences".getBytes(StandardCharsets.US_ASCII);

    /** The XML cannot be read as a policy; the message says where and why. */
    static final class NotPolicyXml extends Exception {
        private static final long serialVersionUID = 1L;

        NotPolicyXml(String message) {
            super(message);
        }
    }

    private PolicyXml() {
    }

    static Document parse(byte[] content) throws NotPolicyXml {
        byte[] blanked = withoutStandardDoctype(content);
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(THROW);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("refers to an outside entity or DTD (" + systemId + ")");
            });
            return builder.parse(new ByteArrayInputStream(blanked));
        } catch (SAXParseException e) {
            throw new NotPolicyXml("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + reason(e));
        } catch (SAXException e) {
            throw new NotPolicyXml(reason(e));
        } catch (IOException | ParserConfigurationException e) {
            throw new NotPolicyXml(SettingText.escape(e.getMessage()));
        }
    }

    private static String reason(SAXException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("disallow-doctype-decl")) {
            return "a DOCTYPE other than the JDK's own " + STANDARD_DOCTYPE + "; a policy file may not declare"
                    + " entities or name another DTD";
        }
        return SettingText.escape(message);
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
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

    /** {@code content} with the first {@link #STANDARD_DOCTYPE} before the document element made spaces. */
    static byte[] withoutStandardDoctype(byte[] content) {
        int doctype = indexOf(content, STANDARD_DOCTYPE_BYTES);
        int element = indexOf(content, DOCUMENT_ELEMENT);
        if (doctype < 0 || (element >= 0 && element < doctype)) {
            return content;
        }
        byte[] blanked = content.clone();
        java.util.Arrays.fill(blanked, doctype, doctype + STANDARD_DOCTYPE_BYTES.length, (byte) ' ');
        return blanked;
    }

    private static int indexOf(byte[] content, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= content.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (content[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
