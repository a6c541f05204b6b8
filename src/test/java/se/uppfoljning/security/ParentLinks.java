package se.uppfoljning.security;

import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.enquiries.CreatedInvitation;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.enquiries.Wave;

/** A fresh parent invitation for a Söder demo case, issued by the Söder coordinator; its secrets in plain text. */
public final class ParentLinks {

    private ParentLinks() {
    }

    public static CreatedInvitation newInvitation(InvitationService invitations, ReferenceDataService reference,
                                           UserDetailsService users) {
        try {
            TestLogin.login(users, "samordnare");
            long south = reference.projects().stream().filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH))
                    .findFirst().orElseThrow().id();
            List<Long> ids = invitations.activeCaseIds(south, null);
            return invitations.create(List.of(ids.getFirst()), Wave.START, "sv", true).getFirst();
        } finally {
            TestLogin.logout();
        }
    }

    public static String token(CreatedInvitation invitation) {
        return invitation.link().substring(invitation.link().lastIndexOf('/') + 1);
    }
}
