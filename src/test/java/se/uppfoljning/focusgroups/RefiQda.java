package se.uppfoljning.focusgroups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Test helpers for REFI-QDA files: the standard's schemas (JDK validation only), unzipping, DOM parsing. */
final class RefiQda {

    private RefiQda() {
    }

    static Schema schema(String name) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return f.newSchema(RefiQda.class.getResource("/refi-qda/" + name));
        } catch (SAXException e) {
            throw new AssertionError(name + " does not load", e);
        }
    }

    /** Validates against the standard's schema; a failure names line and reason. */
    static void assertValid(String xsd, byte[] xml) {
        try {
            schema(xsd).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not valid against " + xsd + ": " + e.getMessage(), e);
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(entries).containsKey("project.qde");
        return entries;
    }

    static Document dom(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The text of a source file, cut at REFI-QDA positions (code points, end exclusive). */
    static String cut(byte[] sourceFile, int start, int end) {
        String text = new String(sourceFile, StandardCharsets.UTF_8);
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
