package se.uppfoljning.enquiries.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.mockito.Mockito;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.uppfoljning.base.pdf.PdfChecks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.CaseData;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.CaseStatus;
import se.uppfoljning.cases.Gender;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.enquiries.InvitationListItem;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.enquiries.TrackingRow;
import se.uppfoljning.enquiries.Wave;

/** A coordinator invites one case (or a selection) for a wave, and a further guardian of a case (issue #13, item 9). */
class InvitationsViewTest extends KaribuTest {

    @Autowired
    CaseService cases;
    @Autowired
    InvitationService invitations;

    @Test
    void oneCaseIsInvitedForEndAndThenASecondGuardian() {
        InvitationsView view = openSouth();
        ProjectListItem south = view.project.getValue();
        CaseDetails c = cases.create(new CaseData(south.id(), south.schools().getFirst().id(), 7, Gender.GIRL,
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 10), CaseStatus.COMPLETED, null, null, null, null));
        view.refresh();
        TrackingRow row = view.grid.getListDataView().getItems().filter(r -> r.caseId() == c.id()).findFirst()
                .orElseThrow();
        int othersBefore = (int) view.grid.getListDataView().getItems().filter(r -> r.end() != null).count();

        view.wave.setValue(Wave.END);
        view.grid.select(row);
        assertThat(view.inviteSelected.isEnabled()).isTrue();
        assertThat(view.inviteSelected.getText()).isEqualTo("Bjud in valda ärenden (1)");
        _click(view.inviteSelected);
        assertThat(invitations.invitationsOf(c.id())).extracting(InvitationListItem::wave).containsExactly(Wave.END);
        assertThat(view.grid.getListDataView().getItems().filter(r -> r.end() != null).count())
                .as("only the selected case was invited").isEqualTo(othersBefore + 1);
        assertThat(_get(Anchor.class, spec -> spec.withId("letters-download")).getText()).contains("1 brev");

        // The case's invitations are shown; one more guardian gets their own invitation.
        assertThat(view.inviteGuardian.isVisible()).isTrue();
        _click(view.inviteGuardian);
        assertThat(invitations.invitationsOf(c.id())).extracting(InvitationListItem::guardianNo)
                .containsExactlyInAnyOrder(1, 2);
        assertThat(view.caseInvitations.getListDataView().getItems()).hasSize(2);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSelectedCasesPaperQuestionnairesAreDownloadedInTheFamilysLanguageWithTheLettersCodesAndAudited()
            throws Exception {
        InvitationsView view = openSouth();
        ProjectListItem south = view.project.getValue();
        CaseDetails c = cases.create(new CaseData(south.id(), south.schools().getFirst().id(), 5, Gender.BOY,
                LocalDate.of(2025, 9, 1), null, CaseStatus.ACTIVE, null, null, null, null));
        view.refresh();
        view.grid.select(view.grid.getListDataView().getItems().filter(r -> r.caseId() == c.id()).findFirst()
                .orElseThrow());
        view.wave.setValue(Wave.START);
        view.language.setValue("sv+so");
        _click(view.inviteSelected);

        Anchor link = _get(Anchor.class, spec -> spec.withId("questionnaires-download"));
        assertThat(link.getText()).isEqualTo("Ladda ner 1 pappersenkät (PDF, i familjens språk, samma kod som brevet)");
        assertThat(view.offered).hasSize(1);
        String code = view.offered.getFirst().code();
        long before = downloads();

        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        VaadinResponse response = Mockito.mock(VaadinResponse.class);
        Mockito.when(response.getOutputStream()).thenReturn(sent);
        view.questionnairesDownload(view.offered).handleDownloadRequest(new DownloadEvent(
                Mockito.mock(VaadinRequest.class), response, VaadinSession.getCurrent(), view.getElement()));

        String text = PdfChecks.text(sent.toByteArray(), 1, 1);
        assertThat(text).as("Somali (the family's language of a Swedish+Somali letter), with the letter's code")
                .contains(code, "Su'aalo loogu talagalay waalidiinta");
        assertThat(downloads()).isEqualTo(before + 1);
    }

    private InvitationsView openSouth() {
        login("samordnare");
        UI.getCurrent().navigate(InvitationsView.class);
        InvitationsView view = _get(InvitationsView.class);
        view.project.setValue(view.project.getListDataView().getItems()
                .filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH)).findFirst().orElseThrow());
        return view;
    }

    private long downloads() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'PAPER_QUESTIONNAIRES_DOWNLOADED'"
                + " AND actor = 'samordnare'").query(Long.class).single();
    }
}
