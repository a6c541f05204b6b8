package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.Downloads;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.base.ui.Notifications;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.cases.SchoolItem;
import se.uppfoljning.enquiries.CreatedInvitation;
import se.uppfoljning.enquiries.InvitationListItem;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.enquiries.InvitationStatus;
import se.uppfoljning.enquiries.Tracking;
import se.uppfoljning.enquiries.TrackingRow;
import se.uppfoljning.enquiries.Wave;

/**
 * Coordinators invite the guardians of a school's (or project's) active cases for a wave, download the letters,
 * follow answers per case and send reminders. Letters can only be downloaded right after creating them: the
 * secrets they print are not kept.
 */
@Route(value = "invitations", layout = MainLayout.class)
@Menu(title = "enquiries.invite.menu", order = 15)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
class InvitationsView extends VerticalLayout implements HasDynamicTitle {

    private final InvitationService invitations;
    final ComboBox<ProjectListItem> project = new ComboBox<>();
    final ComboBox<SchoolItem> school = new ComboBox<>();
    final Select<Wave> wave = new Select<>();
    final Select<String> language = new Select<>();
    final Button invite = new Button();
    final Button inviteSelected = new Button();
    final Button inviteGuardian = new Button();
    final Button remind = new Button();
    final Paragraph summary = new Paragraph();
    final Grid<TrackingRow> grid = new Grid<>();
    final HorizontalLayout letters = new HorizontalLayout();
    /** The created invitations whose letters (and questionnaires) are offered, for the questionnaires download. */
    List<CreatedInvitation> offered = List.of();
    final Grid<InvitationListItem> caseInvitations = new Grid<>();
    final H3 caseTitle = new H3();
    private final Clock clock;
    private Tracking tracking;
    /** The case whose invitations are listed below the grid, kept across refreshes. */
    private Long shownCaseId;

    public InvitationsView(InvitationService invitations, ReferenceDataService reference, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
        project.setLabel(getTranslation("cases.field.project"));
        project.setItems(reference.projects());
        project.setItemLabelGenerator(ProjectListItem::name);
        project.addValueChangeListener(e -> {
            school.clear();
            school.setItems(e.getValue() == null ? List.of() : e.getValue().schools());
            refresh();
        });
        school.setLabel(getTranslation("cases.field.school"));
        school.setItemLabelGenerator(SchoolItem::name);
        school.setClearButtonVisible(true);
        school.addValueChangeListener(e -> refresh());
        wave.setLabel(getTranslation("enquiries.invite.wave"));
        wave.setItems(Wave.values());
        wave.setItemLabelGenerator(w -> getTranslation("enquiries.wave." + w.name()));
        wave.setValue(Wave.START);
        language.setLabel(getTranslation("enquiries.invite.letter-language"));
        language.setItems(InvitationService.LETTER_LANGUAGES);
        language.setItemLabelGenerator(l -> java.util.Arrays.stream(l.split("\\+")).map(EnquiryCodeView::languageName)
                .collect(java.util.stream.Collectors.joining(" + ")));
        language.setValue("sv");
        invite.setText(getTranslation("enquiries.invite.create"));
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.addClickListener(e -> inviteActive());
        inviteSelected.setText(getTranslation("enquiries.invite.selected", 0));
        inviteSelected.setEnabled(false);
        inviteSelected.addClickListener(e -> inviteSelectedCases());
        inviteGuardian.setText(getTranslation("enquiries.invite.guardian-more"));
        inviteGuardian.addClickListener(e -> inviteFurtherGuardian());
        inviteGuardian.setVisible(false);
        remind.setText(getTranslation("enquiries.invite.remind"));
        remind.addClickListener(e -> remindUnanswered());

        grid.addColumn(TrackingRow::caseCode).setHeader(getTranslation("cases.field.code")).setAutoWidth(true);
        grid.addColumn(TrackingRow::schoolName).setHeader(getTranslation("cases.field.school"));
        grid.addColumn(r -> status(r.start())).setHeader(getTranslation("enquiries.wave.START"));
        grid.addColumn(r -> status(r.end())).setHeader(getTranslation("enquiries.wave.END"));
        grid.addColumn(r -> getTranslation("enquiries.paired." + r.paired().name())).setHeader(getTranslation("enquiries.invite.paired"));
        grid.setAriaLabel(getTranslation("enquiries.invite.tracking"));
        // Tick one case (or several) to invite just those for the wave, e.g. END when each case ends (issue #13,
        // item 9); with exactly one ticked its invitations are listed below.
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.asMultiSelect().addValueChangeListener(e -> {
            int n = e.getValue().size();
            inviteSelected.setText(getTranslation("enquiries.invite.selected", n));
            inviteSelected.setEnabled(n > 0);
            showCase(n == 1 ? e.getValue().iterator().next() : null);
        });
        grid.setHeight("22em");

        caseInvitations.addColumn(i -> getTranslation("enquiries.wave." + i.wave().name())).setHeader(getTranslation("enquiries.invite.wave"));
        caseInvitations.addColumn(InvitationListItem::guardianNo).setHeader(getTranslation("enquiries.invite.guardian"));
        caseInvitations.addColumn(i -> status(i.status())).setHeader(getTranslation("enquiries.invite.status"));
        caseInvitations.addColumn(i -> LocalDate.ofInstant(i.expiresAt(), clock.getZone()).toString())
                .setHeader(getTranslation("enquiries.invite.expires"));
        caseInvitations.addComponentColumn(this::actions).setHeader(getTranslation("enquiries.invite.actions"));
        caseInvitations.setAllRowsVisible(true);
        caseInvitations.setVisible(false);

        project.setId("invite-project");
        school.setId("invite-school");
        invite.setId("invite-create");
        inviteSelected.setId("invite-selected");
        inviteGuardian.setId("invite-guardian");
        remind.setId("invite-remind");
        HorizontalLayout controls = new HorizontalLayout(project, school, wave, language, invite, inviteSelected,
                remind);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        add(new H2(getTranslation("enquiries.invite.title")), new Paragraph(getTranslation("enquiries.invite.intro")),
                controls, letters, summary, grid, caseTitle, caseInvitations, inviteGuardian);
        List<ProjectListItem> projects = reference.projects();
        if (projects.size() == 1) {
            project.setValue(projects.getFirst());
        }
    }

    void inviteActive() {
        if (project.getValue() == null) {
            project.setErrorMessage(getTranslation("base.error.required"));
            project.setInvalid(true);
            return;
        }
        project.setInvalid(false);
        List<Long> ids = invitations.activeCaseIds(project.getValue().id(),
                school.getValue() == null ? null : school.getValue().id());
        if (ids.isEmpty()) {
            offerLetters(List.of());
            Notifications.success("enquiries.invite.created", 0);
            refresh();
            return;
        }
        createInvitations(ids, false);
    }

    /** Invites the ticked cases for the chosen wave; cases that already have a live invitation are skipped. */
    void inviteSelectedCases() {
        List<Long> ids = grid.asMultiSelect().getValue().stream().map(TrackingRow::caseId).toList();
        createInvitations(ids, false);
    }

    /** One more invitation for the wave for the case shown, for a further guardian (own link and code). */
    void inviteFurtherGuardian() {
        if (shownCaseId != null) {
            createInvitations(List.of(shownCaseId), true);
        }
    }

    private void createInvitations(List<Long> caseIds, boolean additionalGuardian) {
        try {
            List<CreatedInvitation> created = invitations.create(caseIds, wave.getValue(), language.getValue(),
                    additionalGuardian);
            offerLetters(created);
            Notifications.success("enquiries.invite.created", created.size());
        } catch (BusinessException e) {
            Notifications.error(e.messageKey(), e.args());
        }
        refresh();
    }

    void remindUnanswered() {
        if (tracking == null) {
            return;
        }
        List<Long> ids = tracking.rows().stream().filter(r -> r.needsReminder(wave.getValue())).map(TrackingRow::caseId).toList();
        List<CreatedInvitation> created = invitations.remind(ids, wave.getValue());
        offerLetters(created);
        Notifications.success("enquiries.invite.reminded", created.size());
        refresh();
    }

    private Button actionButton(String key, Runnable action) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                action.run();
            } catch (BusinessException ex) {
                Notifications.error(ex.messageKey(), ex.args());
            }
            refresh();
        });
        b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return b;
    }

    private HorizontalLayout actions(InvitationListItem item) {
        HorizontalLayout h = new HorizontalLayout();
        if (item.status() != InvitationStatus.SUBMITTED && item.status() != InvitationStatus.REVOKED) {
            h.add(actionButton("enquiries.invite.reissue", () -> offerLetters(List.of(invitations.reissue(item.id())))));
            h.add(actionButton("enquiries.invite.revoke", () -> invitations.revoke(item.id())));
        }
        return h;
    }

    /**
     * Shows one-time download links for the letters of just-created invitations and for their printable
     * questionnaires (the paper route: each in the family's language, with the letter's code, in the letters'
     * order). The questionnaires are built only when asked for; both downloads are audited once sent in full.
     */
    void offerLetters(List<CreatedInvitation> created) {
        letters.removeAll();
        offered = created;
        if (created.isEmpty()) {
            return;
        }
        byte[] pdf = invitations.letters(created);
        String name = "inbjudningar-" + LocalDate.now(clock) + ".pdf";
        Anchor download = new Anchor(Downloads.recorded(pdf, name, "application/pdf",
                () -> invitations.lettersDownloaded(name, created.size())),
                getTranslation("enquiries.invite.download", created.size()));
        download.setId("letters-download");
        Anchor forms = new Anchor(questionnairesDownload(created),
                getTranslation("enquiries.invite.download-paper", created.size()));
        forms.setId("questionnaires-download");
        letters.add(download, forms, new Paragraph(getTranslation("enquiries.invite.download-once")));
    }

    DownloadHandler questionnairesDownload(List<CreatedInvitation> created) {
        String name = "pappersenkater-" + LocalDate.now(clock) + ".pdf";
        return Downloads.recorded(() -> invitations.paperQuestionnaires(created), name, "application/pdf",
                () -> invitations.paperQuestionnairesDownloaded(name, created.size()));
    }

    void refresh() {
        if (project.getValue() == null) {
            grid.setItems(List.of());
            summary.setText("");
            return;
        }
        Long keep = shownCaseId;
        tracking = invitations.tracking(project.getValue().id(), school.getValue() == null ? null : school.getValue().id());
        grid.setItems(tracking.rows());
        StringBuilder sb = new StringBuilder();
        for (Wave w : Wave.values()) {
            sb.append(getTranslation("enquiries.invite.summary", getTranslation("enquiries.wave." + w.name()),
                    tracking.count(w, InvitationStatus.INVITED) + tracking.count(w, InvitationStatus.OPENED)
                            + tracking.count(w, InvitationStatus.IN_PROGRESS) + tracking.count(w, InvitationStatus.SUBMITTED)
                            + tracking.count(w, InvitationStatus.EXPIRED),
                    tracking.count(w, InvitationStatus.OPENED), tracking.count(w, InvitationStatus.IN_PROGRESS),
                    tracking.count(w, InvitationStatus.SUBMITTED), tracking.count(w, InvitationStatus.EXPIRED))).append(' ');
        }
        summary.setText(sb.toString().strip());
        TrackingRow shown = keep == null ? null : tracking.rows().stream()
                .filter(r -> r.caseId() == keep).findFirst().orElse(null);
        showCase(shown);
    }

    private void showCase(TrackingRow row) {
        caseInvitations.setVisible(row != null);
        inviteGuardian.setVisible(row != null);
        shownCaseId = row == null ? null : row.caseId();
        if (row == null) {
            caseTitle.setText("");
            return;
        }
        caseTitle.setText(getTranslation("enquiries.invite.case-title", row.caseCode()));
        caseInvitations.setItems(invitations.invitationsOf(row.caseId()));
    }

    private String status(InvitationStatus s) {
        return s == null ? "–" : getTranslation("enquiries.status." + s.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enquiries.invite.title");
    }
}
