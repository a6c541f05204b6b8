package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.enquiries.CreatedInvitation;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.enquiries.Wave;

/** Fresh parent invitations for demo cases, issued by a demo coordinator; their secrets in plain text. */
public final class ParentLinks {

    private ParentLinks() {
    }

    /** One START invitation for the first active case of Söder, issued by the Söder coordinator. */
    public static CreatedInvitation newInvitation(InvitationService invitations, ReferenceDataService reference,
                                           UserDetailsService users) {
        try {
            TestLogin.login(users, "samordnare");
            List<Long> ids = invitations.activeCaseIds(projectId(reference, DemoProperties.PROJECT_SOUTH), null);
            return invitations.create(List.of(ids.getFirst()), Wave.START, "sv", true).getFirst();
        } finally {
            TestLogin.logout();
        }
    }

    /**
     * {@code count} START invitations (Swedish) in the demo project {@code project}, issued by {@code coordinator}:
     * one for each active case of the project, round after round (a new one replaces the case's live link) until
     * there are enough. Fails if the project has no active case.
     */
    public static List<CreatedInvitation> invitations(InvitationService invitations, ReferenceDataService reference,
                                                      UserDetailsService users, String coordinator, String project,
                                                      int count) {
        TestLogin.login(users, coordinator);
        try {
            List<Long> cases = invitations.activeCaseIds(projectId(reference, project), null);
            List<CreatedInvitation> out = new ArrayList<>();
            boolean more = !cases.isEmpty();
            while (out.size() < count && more) {
                List<CreatedInvitation> round = invitations.create(cases, Wave.START, "sv", true);
                out.addAll(round);
                more = !round.isEmpty();
            }
            assertThat(out).as("invitations in %s", project).hasSizeGreaterThanOrEqualTo(count);
            return List.copyOf(out.subList(0, count));
        } finally {
            TestLogin.logout();
        }
    }

    public static String token(CreatedInvitation invitation) {
        return invitation.link().substring(invitation.link().lastIndexOf('/') + 1);
    }

    private static long projectId(ReferenceDataService reference, String name) {
        return reference.projects().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }
}
