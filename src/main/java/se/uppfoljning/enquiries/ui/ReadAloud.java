package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * "Läs upp" (issue #16): reads the current screen aloud with the browser's own speech synthesis
 * ({@code window.speechSynthesis}), so nothing is sent anywhere, which the note under the button says. The
 * button and note start hidden and are shown only when the device has a voice for the page's language
 * ({@code speechSynthesis.getVoices()}, checked again when the voices arrive, as Chrome loads them late).
 */
class ReadAloud extends Composite<Div> {

    private static final String VOICE = "(window.speechSynthesis ? speechSynthesis.getVoices() : [])"
            + ".find(v => (v.lang || '').toLowerCase().replace('_', '-').split('-')[0] === $1)";
    private final String language;
    final Button button = new Button();
    final Paragraph note = new Paragraph();
    private String text = "";

    ReadAloud(String language) {
        this.language = language;
        button.setText(getTranslation("pupils.read-aloud"));
        button.setIcon(VaadinIcon.VOLUME_UP.create());
        button.setId("pupil-read-aloud");
        button.addClickListener(e -> speak());
        note.setText(getTranslation("pupils.read-aloud.note"));
        note.addClassName("pupil-read-aloud-note");
        getContent().addClassName("pupil-read-aloud");
        getContent().getElement().setAttribute("hidden", true);
        getContent().add(button, note);
    }

    /** The text the button reads: the question, its help, then each answer's word. */
    void setText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getContent().getElement().executeJs("const box = this, lang = $0;"
                + " const check = () => { box.hidden = !" + VOICE.replace("$1", "lang") + "; };"
                + " check();"
                + " if (window.speechSynthesis) { speechSynthesis.addEventListener('voiceschanged', check); }",
                language);
    }

    private void speak() {
        getContent().getElement().executeJs("if (!window.speechSynthesis) return;"
                + " speechSynthesis.cancel();"
                + " const u = new SpeechSynthesisUtterance($0); u.lang = $1;"
                + " const voice = " + VOICE + "; if (voice) { u.voice = voice; }"
                + " speechSynthesis.speak(u);", text, language);
    }
}
