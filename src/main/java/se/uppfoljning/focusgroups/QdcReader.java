package se.uppfoljning.focusgroups;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import se.uppfoljning.base.BusinessException;

/**
 * Reads a REFI-QDA codebook ({@code .qdc}, namespace {@code urn:QDA-XML:codebook:1.0}). The file must be
 * well-formed, carry no DOCTYPE (no entities, nothing fetched from outside), validate against the standard's
 * {@code Codebook.xsd} (shipped in {@code refi-qda/}), and fit our codebook: names of 1 to
 * {@value CodeData#NAME_MAX_LENGTH} characters, descriptions of at most {@value CodeData#DESCRIPTION_MAX_LENGTH}.
 * Anything else is refused with {@code focusgroups.qda.error.invalid} (file name, line, column, the parser's
 * reason) before any code is touched. {@code Sets} are ignored: our codebook has none.
 */
final class QdcReader {

    static final int MAX_BYTES = CodebookService.QDC_MAX_BYTES;
    static final int MAX_CODES = 2000;
    private static final String NS = RefiQdaWriter.CODEBOOK_NS;
    private static final Schema SCHEMA = loadSchema();

    /** A code of the file in document order; {@code parent} indexes an earlier code, -1 for a top-level one. */
    record FileCode(String guid, String name, String description, int parent, int line) {
    }

    private QdcReader() {
    }

    static List<FileCode> read(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new BusinessException("file", "focusgroups.qda.error.too-large", fileName, MAX_BYTES / 1024);
        }
        List<FileCode> codes = parse(fileName, bytes);
        validate(fileName, bytes);
        return codes;
    }

    private static List<FileCode> parse(String fileName, byte[] bytes) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        List<FileCode> codes = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw invalid(fileName, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(),
                            "DOCTYPE is not allowed");
                }
                if (event == XMLStreamConstants.START_ELEMENT && NS.equals(r.getNamespaceURI())) {
                    int line = r.getLocation().getLineNumber();
                    if ("Code".equals(r.getLocalName())) {
                        String name = r.getAttributeValue(null, "name");
                        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
                        if (clean.isEmpty() || clean.length() > CodeData.NAME_MAX_LENGTH) {
                            throw invalid(fileName, line, r.getLocation().getColumnNumber(),
                                    "code name must have 1 to " + CodeData.NAME_MAX_LENGTH + " characters");
                        }
                        if (codes.size() >= MAX_CODES) {
                            throw invalid(fileName, line, r.getLocation().getColumnNumber(),
                                    "more than " + MAX_CODES + " codes");
                        }
                        codes.add(new FileCode(r.getAttributeValue(null, "guid"), clean, null,
                                open.isEmpty() ? -1 : open.peek(), line));
                        open.push(codes.size() - 1);
                    } else if ("Description".equals(r.getLocalName()) && !open.isEmpty()) {
                        int column = r.getLocation().getColumnNumber();
                        String text = r.getElementText().strip();
                        if (text.length() > CodeData.DESCRIPTION_MAX_LENGTH) {
                            throw invalid(fileName, line, column, "description longer than "
                                    + CodeData.DESCRIPTION_MAX_LENGTH + " characters");
                        }
                        FileCode c = codes.get(open.peek());
                        codes.set(open.peek(), new FileCode(c.guid(), c.name(), text.isEmpty() ? null : text,
                                c.parent(), c.line()));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && NS.equals(r.getNamespaceURI())
                        && "Code".equals(r.getLocalName())) {
                    open.pop();
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
            throw invalid(fileName, line, column, reason(e.getMessage()));
        } finally {
            close(r);
        }
        return codes;
    }

    private static void validate(String fileName, byte[] bytes) {
        try {
            Validator v = SCHEMA.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new StreamSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            throw invalid(fileName, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        } catch (SAXException | IOException e) {
            throw invalid(fileName, -1, -1, e.getMessage());
        }
    }

    private static BusinessException invalid(String fileName, int line, int column, String reason) {
        return new BusinessException("file", "focusgroups.qda.error.invalid", fileName, line, column, reason);
    }

    /** StAX puts "ParseError at [row,col]:[..]" before the reason; the line and column are reported apart. */
    private static String reason(String message) {
        if (message == null) {
            return "";
        }
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + "Message: ".length()).strip() : message.strip();
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing was written; closing a reader over a byte array cannot lose anything
            }
        }
    }

    /** The standard's codebook schema; nothing it names is fetched from outside. */
    static Schema loadSchema() {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(QdcReader.class.getResource("/refi-qda/Codebook.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("refi-qda/Codebook.xsd does not load", e);
        }
    }
}
