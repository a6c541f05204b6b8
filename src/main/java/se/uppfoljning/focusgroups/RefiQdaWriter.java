package se.uppfoljning.focusgroups;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.uppfoljning.base.i18n.Translations;

/**
 * Writes REFI-QDA files (QDA-XML 1.0, REFI-QDA standard 1.5, www.qdasoftware.org) with the JDK's StAX writer, which
 * escapes {@code < & " >} itself:
 * <ul>
 *   <li>a codebook ({@code .qdc}): {@code <CodeBook xmlns="urn:QDA-XML:codebook:1.0">} with nested codes;</li>
 *   <li>a project ({@code .qdpx}): a ZIP with {@code project.qde} ({@code urn:QDA-XML:project:1.0}) and one
 *       UTF-8 text file per session under {@code Sources/}, referenced as {@code internal://<guid>.txt}.</li>
 * </ul>
 * Each session becomes one text source: a heading (type, project, date, occasion, place, participants per role),
 * then per theme its notes and its quotes. Every note and quote is a {@code PlainTextSelection} over exactly its
 * own text (positions in Unicode code points, zero based, end exclusive) with one {@code Coding} per code. The
 * session's facts are also variables of the source. No user and no name is written: participants are counts per
 * role, quotes carry the speaker's role.
 */
final class RefiQdaWriter {

    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    static final String ORIGIN = "Uppföljning";

    /** A code with its children, as the files carry it. */
    record QdaCode(String guid, String name, String description, List<QdaCode> children) {
        QdaCode {
            children = List.copyOf(children);
        }
    }

    /** One project's codebook inside a project file: grouped under a non-codable code named after the project. */
    record QdaCodebook(String projectName, List<QdaCode> codes) {
    }

    /** A note ({@code speaker} null) or a quote, with the GUIDs of its codes. */
    record QdaSegment(Theme theme, String text, ParticipantRole speaker, List<String> codeGuids) {
    }

    record QdaSession(SessionType type, String projectName, LocalDate heldOn, Integer occasionMonth, String place,
                      Map<ParticipantRole, Integer> participants, Instant created, Instant modified,
                      List<QdaSegment> segments) {
    }

    private final Locale locale;

    RefiQdaWriter(Locale locale) {
        this.locale = locale;
    }

    /** The codebook file ({@code .qdc}); {@code codes} must not be empty (the schema wants at least one code). */
    byte[] codebook(List<QdaCode> codes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, CODEBOOK_NS, "CodeBook", w -> {
            w.writeAttribute("origin", ORIGIN);
            w.writeStartElement(CODEBOOK_NS, "Codes");
            for (QdaCode c : codes) {
                code(w, CODEBOOK_NS, c, true);
            }
            w.writeEndElement();
        });
        return out.toByteArray();
    }

    /** The project file ({@code .qdpx}, a ZIP). */
    byte[] project(String name, Instant created, List<QdaCodebook> codebooks, List<QdaSession> sessions) {
        List<Source> sources = sessions.stream().map(this::source).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            projectXml(zip, name, created, codebooks, sessions, sources);
            zip.closeEntry();
            for (Source s : sources) {
                zip.putNextEntry(new ZipEntry("Sources/" + s.guid() + ".txt"));
                zip.write(s.text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void projectXml(OutputStream out, String name, Instant created, List<QdaCodebook> codebooks,
                            List<QdaSession> sessions, List<Source> sources) {
        Map<String, Variable> variables = variables();
        write(out, PROJECT_NS, "Project", w -> {
            w.writeAttribute("name", clean(name));
            w.writeAttribute("origin", ORIGIN);
            w.writeAttribute("creationDateTime", dateTime(created));
            if (codebooks.stream().anyMatch(b -> !b.codes().isEmpty())) {
                w.writeStartElement(PROJECT_NS, "CodeBook");
                w.writeStartElement(PROJECT_NS, "Codes");
                for (QdaCodebook b : codebooks) {
                    if (!b.codes().isEmpty()) {
                        String groupGuid = UUID.nameUUIDFromBytes(("project:" + b.projectName())
                                .getBytes(StandardCharsets.UTF_8)).toString();
                        code(w, PROJECT_NS, new QdaCode(groupGuid, b.projectName(), null, b.codes()), false);
                    }
                }
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeStartElement(PROJECT_NS, "Variables");
            for (Variable v : variables.values()) {
                w.writeStartElement(PROJECT_NS, "Variable");
                w.writeAttribute("guid", v.guid());
                w.writeAttribute("name", clean(v.name()));
                w.writeAttribute("typeOfVariable", v.type());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement(PROJECT_NS, "Sources");
            for (int i = 0; i < sessions.size(); i++) {
                textSource(w, sessions.get(i), sources.get(i), variables);
            }
            w.writeEndElement();
            w.writeStartElement(PROJECT_NS, "Description");
            w.writeCharacters(clean(t("focusgroups.qda.project.description")));
            w.writeEndElement();
        });
    }

    private void textSource(XMLStreamWriter w, QdaSession s, Source src, Map<String, Variable> variables)
            throws XMLStreamException {
        w.writeStartElement(PROJECT_NS, "TextSource");
        w.writeAttribute("guid", src.guid());
        w.writeAttribute("name", clean(src.name()));
        w.writeAttribute("plainTextPath", "internal://" + src.guid() + ".txt");
        w.writeAttribute("creationDateTime", dateTime(s.created()));
        w.writeAttribute("modifiedDateTime", dateTime(s.modified()));
        for (Selection sel : src.selections()) {
            w.writeStartElement(PROJECT_NS, "PlainTextSelection");
            w.writeAttribute("guid", UUID.randomUUID().toString());
            w.writeAttribute("name", clean(sel.name()));
            w.writeAttribute("startPosition", Integer.toString(sel.start()));
            w.writeAttribute("endPosition", Integer.toString(sel.end()));
            w.writeStartElement(PROJECT_NS, "Description");
            w.writeCharacters(clean(sel.description()));
            w.writeEndElement();
            for (String codeGuid : sel.codeGuids()) {
                w.writeStartElement(PROJECT_NS, "Coding");
                w.writeAttribute("guid", UUID.randomUUID().toString());
                w.writeEmptyElement(PROJECT_NS, "CodeRef");
                w.writeAttribute("targetGUID", codeGuid);
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        value(w, variables.get("type"), "TextValue", t("focusgroups.qda.type." + s.type()));
        value(w, variables.get("project"), "TextValue", s.projectName());
        value(w, variables.get("date"), "DateValue", s.heldOn().toString());
        if (s.occasionMonth() != null) {
            value(w, variables.get("occasion"), "IntegerValue", s.occasionMonth().toString());
        }
        value(w, variables.get("place"), "TextValue", s.place());
        for (ParticipantRole role : ParticipantRole.values()) {
            value(w, variables.get("role:" + role), "IntegerValue",
                    Integer.toString(s.participants().getOrDefault(role, 0)));
        }
        w.writeEndElement();
    }

    private static void value(XMLStreamWriter w, Variable v, String kind, String value) throws XMLStreamException {
        w.writeStartElement(PROJECT_NS, "VariableValue");
        w.writeEmptyElement(PROJECT_NS, "VariableRef");
        w.writeAttribute("targetGUID", v.guid());
        w.writeStartElement(PROJECT_NS, kind);
        w.writeCharacters(clean(value));
        w.writeEndElement();
        w.writeEndElement();
    }

    /** The source text of one session and the selections of its notes and quotes. */
    private Source source(QdaSession s) {
        Text text = new Text();
        String occasion = s.occasionMonth() == null ? ""
                : ", " + t("focusgroups.qda.occasion", s.occasionMonth());
        String title = t("focusgroups.qda.type." + s.type()) + ", " + s.projectName() + ", " + s.heldOn() + occasion;
        text.line(title);
        text.line(t("focusgroups.qda.place", s.place()));
        List<String> counts = new ArrayList<>();
        for (ParticipantRole role : ParticipantRole.values()) {
            Integer n = s.participants().get(role);
            if (n != null && n > 0) {
                counts.add(t("focusgroups.role." + role) + " " + n);
            }
        }
        text.line(t("focusgroups.qda.participants", String.join(", ", counts)));
        Map<String, List<QdaSegment>> byTheme = new LinkedHashMap<>();
        s.segments().stream().filter(g -> g.speaker() == null)
                .forEach(g -> byTheme.computeIfAbsent(g.theme().key(), k -> new ArrayList<>()).add(g));
        s.segments().stream().filter(g -> g.speaker() != null)
                .forEach(g -> byTheme.computeIfAbsent(g.theme().key(), k -> new ArrayList<>()).add(g));
        List<Selection> selections = new ArrayList<>();
        for (List<QdaSegment> segments : byTheme.values()) {
            String theme = themeTitle(segments.getFirst().theme());
            text.line("");
            text.line(t("focusgroups.qda.theme", theme));
            for (QdaSegment g : segments) {
                text.line("");
                String name;
                String description;
                if (g.speaker() == null) {
                    name = t("focusgroups.qda.selection.note", theme);
                    description = name;
                } else {
                    String role = t("focusgroups.role." + g.speaker());
                    name = t("focusgroups.qda.selection.quote", role, theme);
                    description = name;
                    text.append("\u201D");
                }
                int start = text.position();
                text.append(normalise(g.text()));
                int end = text.position();
                if (g.speaker() != null) {
                    text.append("\u201D \u2013 " + t("focusgroups.role." + g.speaker()));
                }
                text.line("");
                selections.add(new Selection(name, description, start, end, g.codeGuids()));
            }
        }
        return new Source(UUID.randomUUID().toString(), title, text.toString(), selections);
    }

    private String themeTitle(Theme theme) {
        return theme.isOther() || theme.title() == null || theme.title().isBlank()
                ? t("focusgroups.theme.other") : theme.title();
    }

    private Map<String, Variable> variables() {
        Map<String, Variable> v = new LinkedHashMap<>();
        v.put("type", variable("type", t("focusgroups.qda.variable.type"), "Text"));
        v.put("project", variable("project", t("focusgroups.qda.variable.project"), "Text"));
        v.put("date", variable("date", t("focusgroups.qda.variable.date"), "Date"));
        v.put("occasion", variable("occasion", t("focusgroups.qda.variable.occasion"), "Integer"));
        v.put("place", variable("place", t("focusgroups.qda.variable.place"), "Text"));
        for (ParticipantRole role : ParticipantRole.values()) {
            v.put("role:" + role, variable("role:" + role,
                    t("focusgroups.qda.variable.participants", t("focusgroups.role." + role)), "Integer"));
        }
        return v;
    }

    /** Variables get the same GUID in every export, so a QDA tool matches them across imports. */
    private static Variable variable(String key, String name, String type) {
        return new Variable(UUID.nameUUIDFromBytes(("uppfoljning-variable:" + key).getBytes(StandardCharsets.UTF_8))
                .toString(), name, type);
    }

    private static void code(XMLStreamWriter w, String ns, QdaCode c, boolean codable) throws XMLStreamException {
        w.writeStartElement(ns, "Code");
        w.writeAttribute("guid", c.guid());
        w.writeAttribute("name", clean(c.name()));
        w.writeAttribute("isCodable", Boolean.toString(codable));
        if (c.description() != null && !c.description().isBlank()) {
            w.writeStartElement(ns, "Description");
            w.writeCharacters(clean(c.description()));
            w.writeEndElement();
        }
        for (QdaCode child : c.children()) {
            code(w, ns, child, true);
        }
        w.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void write(OutputStream out, String ns, String root, Body body) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(ns);
            w.writeStartElement(ns, root);
            w.writeDefaultNamespace(ns);
            body.write(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("REFI-QDA file could not be written", e);
        }
    }

    private String t(String key, Object... args) {
        return Translations.translate(key, locale, args);
    }

    private static String dateTime(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Line breaks as {@code \n} (so positions match in every tool), nothing XML 1.0 cannot carry. */
    static String normalise(String text) {
        return clean(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /**
     * Drops characters XML 1.0 cannot carry (control characters other than tab and line breaks, U+FFFE/U+FFFF,
     * lone surrogates); everything else, Arabic and {@code < & "} included, is kept and escaped by the writer.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (allowed) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private record Variable(String guid, String name, String type) {
    }

    private record Selection(String name, String description, int start, int end, List<String> codeGuids) {
    }

    private record Source(String guid, String name, String text, List<Selection> selections) {
    }

    /** Builds the source text and counts its length in code points, the unit of REFI-QDA positions. */
    private static final class Text {
        private final StringBuilder sb = new StringBuilder();
        private int codePoints;

        void append(String s) {
            sb.append(s);
            codePoints += s.codePointCount(0, s.length());
        }

        void line(String s) {
            append(s);
            append("\n");
        }

        int position() {
            return codePoints;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
