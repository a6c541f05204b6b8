package se.uppfoljning.enquiries.letters;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfWriter;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.base.pdf.PdfFonts;
import se.uppfoljning.base.pdf.PdfFonts.Style;
import se.uppfoljning.base.pdf.TaggedText;
import se.uppfoljning.surveys.MatrixItem;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.Section;
import se.uppfoljning.surveys.SurveyTemplate;

/**
 * A questionnaire to fill in on paper, in one language, carrying the invitation's code so staff can enter the
 * answers for the right case and wave: title, introduction, each section and question with its help text,
 * and a box before each answer option (lines for numbers, dates and free text). Tagged like the letters;
 * boxes and lines are artifacts, the option texts are the content. Plain class.
 */
public final class QuestionnairePdf {

    private static final float BOX = 9;
    private static final float OPTION_INDENT = 20;

    private QuestionnairePdf() {
    }

    /**
     * @param language a language of {@code template}
     * @param code the invitation's paper code, printed on every page's first line
     */
    public static byte[] render(SurveyTemplate template, String language, String code) {
        return render(List.of(new Form(template, language, code)));
    }

    /** One printed questionnaire: the template, its language and the invitation's code. */
    public record Form(SurveyTemplate template, String language, String code) {
    }

    /** Several questionnaires in one file, each starting on a new page; the document language is the first's. */
    public static byte[] render(List<Form> forms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        String main = forms.isEmpty() ? "sv" : forms.getFirst().language();
        TaggedText.prepare(writer, doc, main, forms.isEmpty() ? "Enkät" : forms.getFirst().template().title().in(main));
        doc.open();
        TaggedText text = new TaggedText(doc, writer, main);
        for (int i = 0; i < forms.size(); i++) {
            if (i > 0) {
                text.newPage();
            }
            form(text, forms.get(i).template(), forms.get(i).language(), forms.get(i).code());
        }
        if (forms.isEmpty()) {
            text.paragraph(" ", PdfName.P, 10, Style.REGULAR, Color.BLACK, main, Element.ALIGN_LEFT, 0, 0);
        }
        doc.close();
        return out.toByteArray();
    }

    private static void form(TaggedText text, SurveyTemplate template, String language, String code) {
        Locale loc = Locale.forLanguageTag(language);
        boolean rtl = PdfFonts.isRightToLeft(language);
        text.paragraph(code, PdfName.P, 12, Style.BOLD, Color.BLACK, "zxx", rtl ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT, 0, 0);
        text.paragraph(template.title().in(language), PdfName.H1, 17, Style.BOLD, Color.BLACK, language, Element.ALIGN_LEFT, 0, 0);
        if (!template.intro().isEmpty()) {
            text.space(6);
            text.paragraph(template.intro().in(language), PdfName.P, 10.5f, Style.REGULAR, Color.BLACK, language,
                    Element.ALIGN_LEFT, 0, 0);
        }
        int number = 0;
        for (Section section : template.sections()) {
            text.space(14);
            text.paragraph(section.title().in(language), PdfName.H2, 13, Style.BOLD, Color.BLACK, language,
                    Element.ALIGN_LEFT, 0, 0);
            if (!section.intro().isEmpty()) {
                text.paragraph(section.intro().in(language), PdfName.P, 10, Style.REGULAR, Color.BLACK, language,
                        Element.ALIGN_LEFT, 0, 0);
            }
            for (Question q : section.questions()) {
                number++;
                if (text.y() < 200) {
                    text.newPage();
                }
                text.space(8);
                text.paragraph(number + ". " + q.text().in(language), PdfName.P, 10.5f, Style.BOLD, Color.BLACK, language,
                        Element.ALIGN_LEFT, 0, 0);
                if (!q.help().isEmpty()) {
                    text.paragraph(q.help().in(language), PdfName.P, 9, Style.REGULAR, Color.DARK_GRAY, language,
                            Element.ALIGN_LEFT, 0, 0);
                }
                answers(text, q, language, loc, rtl);
            }
        }
    }

    private static void answers(TaggedText text, Question q, String language, Locale loc, boolean rtl) {
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> q.choices().forEach(c -> option(text, c.label().in(language), language, rtl));
            case YES_NO -> {
                option(text, Translations.translate("surveys.form.yes", loc), language, rtl);
                option(text, Translations.translate("surveys.form.no", loc), language, rtl);
            }
            case LIKERT, RATING_0_10 -> scale(text, q, language, loc, rtl);
            case MATRIX -> {
                for (MatrixItem item : q.items()) {
                    text.space(3);
                    text.paragraph(item.text().in(language), PdfName.P, 10, Style.BOLD, Color.BLACK, language,
                            Element.ALIGN_LEFT, rtl ? 0 : 10, rtl ? 10 : 0);
                    scale(text, q, language, loc, rtl);
                }
            }
            default -> line(text, q.type().isFreeText() && q.maxLength() > 200 ? 4 : 1);
        }
    }

    private static void scale(TaggedText text, Question q, String language, Locale loc, boolean rtl) {
        List<String> options = new ArrayList<>();
        for (int v = q.scale().min(); v <= q.scale().max(); v++) {
            String label = v == q.scale().min() ? q.scale().minLabel().in(language)
                    : v == q.scale().max() ? q.scale().maxLabel().in(language) : "";
            options.add(label.isEmpty() ? String.valueOf(v) : v + " – " + label);
        }
        if (q.scale().dontKnow()) {
            options.add(Translations.translate("surveys.form.dont-know", loc));
        }
        options.forEach(o -> option(text, o, language, rtl));
    }

    /** One answer option: a box to tick (artifact) and its text (content). */
    private static void option(TaggedText text, String label, String language, boolean rtl) {
        text.space(2);
        float top = text.y();
        text.paragraph(label, PdfName.P, 10, Style.REGULAR, Color.BLACK, language, Element.ALIGN_LEFT,
                rtl ? 0 : OPTION_INDENT, rtl ? OPTION_INDENT : 0);
        float x = rtl ? text.right() - BOX - 2 : text.left() + 2;
        float y = top - 13.5f;
        text.artifact(cb -> {
            cb.setLineWidth(0.8f);
            cb.rectangle(x, y, BOX, BOX);
            cb.stroke();
        });
    }

    /** Lines to write on (artifacts). */
    private static void line(TaggedText text, int lines) {
        for (int i = 0; i < lines; i++) {
            text.space(20);
            float y = text.y();
            text.artifact(cb -> {
                cb.setLineWidth(0.5f);
                cb.moveTo(text.left(), y);
                cb.lineTo(text.right(), y);
                cb.stroke();
            });
        }
    }
}
