package org.unhunch.build;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/** Parsers for the packages' XML resources that fetch nothing from outside and expand no external entity. */
final class ClosedXml {

    private ClosedXml() {
    }

    /**
     * A factory that loads no external DTD or schema and expands no external entity; with
     * {@code doctypeAllowed} false it refuses any DOCTYPE (WiX sources have none; Apple's plists have one).
     */
    static DocumentBuilderFactory factory(boolean doctypeAllowed) throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !doctypeAllowed);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
