package se.uppfoljning.focusgroups.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.base.ui.Notifications;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.focusgroups.CodebookService;
import se.uppfoljning.focusgroups.FocusGroupService;
import se.uppfoljning.focusgroups.QdaExportService;
import se.uppfoljning.focusgroups.QuoteItem;
import se.uppfoljning.focusgroups.Saved;
import se.uppfoljning.focusgroups.SessionData;
import se.uppfoljning.focusgroups.SessionDetails;
import se.uppfoljning.focusgroups.SessionType;
import se.uppfoljning.focusgroups.Theme;

/**
 * One focus-group session (id 0 starts a new one). Every edit is saved at once and the page says when
 * ("Sparat 14:32"). If another facilitator saved the session in between, the edit is refused with a message and
 * the text stays in the field. A finalised session is read-only until "Make a change" is chosen; then every
 * change needs a reason and is listed under amendments.
 */
@Route(value = "focus-group", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR})
class FocusGroupSessionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final FocusGroupService focusGroups;
    private final Clock clock;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
    private final DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final H2 title = new H2();
    final Span status = new Span();
    final Span savedInfo = new Span();
    final SessionForm form;
    final Button create = new Button();
    final AmendmentControls amendment;
    final Button finalise;
    final Button amend;
    final Button openCodebook = new Button();
    final Button back = new Button();
    final TextField amendmentReason;
    final Paragraph finalInfo;
    final SessionCodes sessionCodes;
    final ThemesSection themesSection;
    final VerticalLayout themesLayout;
    final TextField newTheme;
    final Button addTheme;
    final VerticalLayout quotesLayout = new VerticalLayout();
    final Button addQuote = new Button();
    final UnorderedList amendments;
    final H3 amendmentsTitle;
    final VerticalLayout content = new VerticalLayout();

    final List<NoteEditor> noteEditors;
    final List<QuoteEditor> quoteEditors = new ArrayList<>();

    private SessionDetails session;
    private int version;
    private boolean amending;
    /** True while the page is filled from the service: value changes then are not edits. */
    private boolean loading;

    public FocusGroupSessionView(FocusGroupService focusGroups, CodebookService codebook, QdaExportService qda,
                                 ReferenceDataService reference, Clock clock) {
        this.focusGroups = focusGroups;
        this.sessionCodes = new SessionCodes(codebook, qda);
        this.themesSection = new ThemesSection(sessionCodes.provider, this::listen);
        this.themesLayout = themesSection.themesLayout;
        this.newTheme = themesSection.newTheme;
        this.addTheme = themesSection.addTheme;
        this.noteEditors = themesSection.noteEditors;
        this.amendment = new AmendmentControls(this, this::format, this::finalise, this::startAmending);
        this.finalise = amendment.finalise;
        this.amend = amendment.amend;
        this.amendmentReason = amendment.reason;
        this.finalInfo = amendment.finalInfo;
        this.amendments = amendment.amendments;
        this.amendmentsTitle = amendment.title;
        this.clock = clock;
        this.form = new SessionForm(reference.projects(), Map.of(SessionType.FOCUS_GROUP,
                focusGroups.guides(SessionType.FOCUS_GROUP), SessionType.PROJECT_INTERVIEW,
                focusGroups.guides(SessionType.PROJECT_INTERVIEW)));
        setWidthFull();
        savedInfo.getElement().setAttribute("aria-live", "polite");
        savedInfo.addClassName("focusgroup-saved");
        status.getElement().getThemeList().add("badge");
        HorizontalLayout header = new HorizontalLayout(title, status, savedInfo);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        create.setText(getTranslation("focusgroups.session.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> create());
        openCodebook.setText(getTranslation("focusgroups.codebook.open"));
        openCodebook.addClickListener(e -> openCodebook());
        back.setText(getTranslation("focusgroups.session.back"));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FocusGroupListView.class)));

        addQuote.setText(getTranslation("focusgroups.quote.add"));
        addQuote.addClickListener(e -> addQuoteEditor(null));
        quotesLayout.setPadding(false);
        form.fields().forEach(f -> f.addValueChangeListener(e -> saveSession()));

        content.setPadding(false);
        content.add(themesSection, new H3(getTranslation("focusgroups.quote.title")), quotesLayout, addQuote, amendmentsTitle,
                amendments);
        add(header, finalInfo, form, amendmentReason,
                new HorizontalLayout(create, finalise, amend, openCodebook, back), content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        if (id == null || id == 0) {
            session = null;
            title.setText(getTranslation("focusgroups.session.new-title"));
            status.setVisible(false);
            form.setData(new SessionData(null, null, null, LocalDate.now(clock), null, null, Map.of(), false), null);
            form.setReadOnly(false, false);
            create.setVisible(true);
            amendment.hideAll();
            openCodebook.setVisible(false);
            content.setVisible(false);
            return;
        }
        try {
            render(focusGroups.get(id));
        } catch (BusinessException e) {
            Notifications.error(e.messageKey(), e.args());
            event.forwardTo(FocusGroupListView.class);
        }
    }

    /** Lays out the whole session. Nothing is saved while the fields are filled. */
    void render(SessionDetails details) {
        loading = true;
        try {
            fill(details);
        } finally {
            loading = false;
        }
    }

    private void fill(SessionDetails details) {
        session = details;
        version = details.version();
        amending = false;
        title.setText(getTranslation(details.data().type() == SessionType.PROJECT_INTERVIEW
                ? "focusgroups.session.interview-title" : "focusgroups.session.title", details.projectName(),
                details.data().heldOn()));
        status.setVisible(true);
        status.setText(getTranslation("focusgroups.status." + details.status()));
        showSaved(details.updatedAt());
        form.setData(details.data(), details.guide());
        create.setVisible(false);
        openCodebook.setVisible(true);
        amendment.showFinalInfo(details);
        content.setVisible(true);

        sessionCodes.load(details.data().projectId());
        themesSection.show(details.themes(), details.notes());
        quotesLayout.removeAll();
        quoteEditors.clear();
        for (QuoteItem q : details.quotes()) {
            addQuoteEditor(q);
        }
        amendment.showAmendments(details.amendments());
        applyEditable();
    }

    private void applyEditable() {
        boolean isFinal = session != null && session.isFinal();
        boolean readOnly = isFinal && !amending;
        form.setReadOnly(readOnly, true);
        themesSection.setReadOnly(readOnly);
        quoteEditors.forEach(e -> e.setReadOnly(readOnly));
        addQuote.setVisible(!readOnly);
        amendment.showState(isFinal, amending);
    }

    /** An empty note under the theme; it is saved once it has text. */
    NoteEditor newNote(Theme theme) {
        return themesSection.newNote(theme);
    }

    private void listen(NoteEditor editor) {
        editor.text.addValueChangeListener(e -> saveNote(editor));
        editor.codes.addValueChangeListener(e -> saveNote(editor));
        editor.codes.addCustomValueSetListener(e -> sessionCodes.create(e.getDetail(), editor.codes));
        editor.remove.addClickListener(e -> removeNote(editor));
    }

    QuoteEditor addQuoteEditor(QuoteItem item) {
        QuoteEditor editor = new QuoteEditor(themesSection.themes, themesSection::label, sessionCodes.provider);
        if (item != null) {
            editor.show(item, sessionCodes.provider);
        }
        quoteEditors.add(editor);
        quotesLayout.add(editor);
        List<HasValue<?, ?>> fields = List.of(editor.text, editor.role, editor.theme, editor.quotable, editor.codes);
        fields.forEach(f -> f.addValueChangeListener(e -> saveQuote(editor)));
        editor.codes.addCustomValueSetListener(e -> sessionCodes.create(e.getDetail(), editor.codes));
        editor.remove.addClickListener(e -> removeQuote(editor));
        return editor;
    }

    private void create() {
        try {
            SessionDetails created = focusGroups.create(form.getData());
            Notifications.success("focusgroups.session.created");
            getUI().ifPresent(ui -> ui.navigate(FocusGroupSessionView.class, created.id()));
        } catch (BusinessException e) {
            if (!form.showError(e)) {
                Notifications.error(e.messageKey(), e.args());
            }
        }
    }

    void saveSession() {
        if (loading || session == null || (session.isFinal() && !amending)) {
            return;
        }
        SessionData data;
        try {
            data = form.getData();
        } catch (BusinessException e) {
            form.showError(e);
            return;
        }
        boolean guideChanged = !Objects.equals(data.guideTemplateId(), session.data().guideTemplateId())
                || !Objects.equals(data.guideTemplateVersion(), session.data().guideTemplateVersion());
        // A new guide brings its own themes and prompts: lay the page out again at once, not on the next reload.
        save(() -> focusGroups.updateSession(session.id(), data, version, reason()),
                s -> {
                    if (guideChanged) {
                        boolean wasAmending = amending;
                        render(focusGroups.get(session.id()));
                        if (wasAmending) {
                            amending = true;
                            applyEditable();
                        }
                    }
                }, e -> form.showError(e));
    }

    void saveNote(NoteEditor editor) {
        if (loading || session == null || editor.isBlankAndNew()) {
            return;
        }
        save(() -> focusGroups.saveNote(session.id(), editor.noteId, editor.data(), version, reason()),
                s -> editor.noteId = s.itemId(), editor::showError);
    }

    void saveQuote(QuoteEditor editor) {
        if (loading || session == null || editor.isIncompleteAndNew()) {
            return;
        }
        save(() -> focusGroups.saveQuote(session.id(), editor.quoteId, editor.data(), version, reason()),
                s -> editor.quoteId = s.itemId(), editor::showError);
    }

    private void removeNote(NoteEditor editor) {
        if (editor.noteId == null) {
            dropNote(editor);
            return;
        }
        save(() -> focusGroups.deleteNote(session.id(), editor.noteId, version, reason()), s -> dropNote(editor),
                e -> false);
    }

    private void dropNote(NoteEditor editor) {
        themesSection.dropNote(editor);
    }

    private void removeQuote(QuoteEditor editor) {
        if (editor.quoteId == null) {
            quoteEditors.remove(editor);
            quotesLayout.remove(editor);
            return;
        }
        save(() -> focusGroups.deleteQuote(session.id(), editor.quoteId, version, reason()), s -> {
            quoteEditors.remove(editor);
            quotesLayout.remove(editor);
        }, e -> false);
    }

    /** Runs one save; on success remembers the new version and shows the time, otherwise says why not. */
    private void save(Supplier<Saved> action, Consumer<Saved> after,
                      java.util.function.Predicate<BusinessException> fieldError) {
        amendment.clearError();
        try {
            Saved saved = action.get();
            version = saved.sessionVersion();
            after.accept(saved);
            showSaved(saved.savedAt());
            if (session.isFinal()) {
                amendment.showAmendments(focusGroups.get(session.id()).amendments());
            }
        } catch (BusinessException e) {
            if (amendment.showError(e)) {
                savedInfo.setText(getTranslation("focusgroups.session.not-saved"));
            } else if (!fieldError.test(e)) {
                Notifications.error(e.messageKey(), e.args());
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            savedInfo.setText(getTranslation("focusgroups.session.conflict"));
            Notifications.error("base.error.concurrent-edit");
        }
    }

    private void finalise() {
        try {
            render(focusGroups.finalise(session.id(), version));
            Notifications.success("focusgroups.session.finalised");
        } catch (BusinessException e) {
            if (!form.showError(e)) {
                Notifications.error(e.messageKey(), e.args());
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            savedInfo.setText(getTranslation("focusgroups.session.conflict"));
            Notifications.error("base.error.concurrent-edit");
        }
    }

    void startAmending() {
        amending = true;
        applyEditable();
        amendmentReason.focus();
    }

    private void openCodebook() {
        sessionCodes.openDialog(() -> {
            try {
                render(focusGroups.get(session.id()));
            } catch (BusinessException e) {
                Notifications.error(e.messageKey(), e.args());
            }
        });
    }

    private String reason() {
        return amendment.reason(amending);
    }

    private void showSaved(Instant at) {
        savedInfo.setText(at == null ? "" : getTranslation("focusgroups.session.saved-at",
                time.format(at.atZone(clock.getZone()))));
    }

    private String format(Instant at) {
        return at == null ? "" : dateTime.format(at.atZone(clock.getZone()));
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }
}
