package se.uppfoljning.enquiries;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /enkat/<token>}: exchanges the link's token for a fresh session and redirects to the answer page,
 * so the token leaves the address bar and browser history at once (and with Referrer-Policy no-referrer it is
 * never sent anywhere). The pattern only matches 43-character tokens, so /enkat/svar etc. stay Vaadin routes.
 */
@Controller
class EnquiryLinkController {

    private final ParentAnswerService parents;

    EnquiryLinkController(ParentAnswerService parents) {
        this.parents = parents;
    }

    @GetMapping("/enkat/{token:[A-Za-z0-9_-]{43}}")
    String open(@PathVariable String token, HttpServletRequest request) {
        try {
            long invitationId = parents.openLink(token);
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(ParentSession.KEY, invitationId);
            return "redirect:/enkat/svar";
        } catch (ParentAnswerService.LinkClosed e) {
            return "redirect:/enkat/stangd?orsak=" + e.reason();
        }
    }
}
