package se.uppfoljning.enquiries;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.uppfoljning.base.DatabaseOutage;

/**
 * {@code GET /enkat/<token>}: exchanges the link's token for a fresh session and redirects to the answer page,
 * so the token leaves the address bar and browser history at once (and with Referrer-Policy no-referrer it is
 * never sent anywhere). The pattern only matches 43-character tokens, so /enkat/svar etc. stay Vaadin routes.
 * <p>
 * While the database cannot be reached the token waits in the (fresh) session and the answer page says "try
 * again in a moment" in the parent's language; reloading it opens the questionnaire once the database is back.
 * Never an error page, never the staff login.
 */
@Controller
class EnquiryLinkController {

    private static final Logger log = LoggerFactory.getLogger(EnquiryLinkController.class);
    private final ParentAnswerService parents;

    EnquiryLinkController(ParentAnswerService parents) {
        this.parents = parents;
    }

    @GetMapping("/enkat/{token:[A-Za-z0-9_-]{43}}")
    String open(@PathVariable String token, HttpServletRequest request) {
        try {
            long invitationId = parents.openLink(token);
            freshSession(request).setAttribute(ParentSession.KEY, invitationId);
            request.getSession().removeAttribute(ParentSession.PENDING_TOKEN);
            return "redirect:/enkat/svar";
        } catch (ParentAnswerService.LinkClosed e) {
            return "redirect:/enkat/stangd?orsak=" + e.reason();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            log.warn("The database could not be reached when a parent opened a link: {}", e.toString());
            var session = freshSession(request);
            session.removeAttribute(ParentSession.KEY);
            session.setAttribute(ParentSession.PENDING_TOKEN, token);
            return "redirect:/enkat/svar";
        }
    }

    /** A session under a new id: a session id planted before the link was opened is worth nothing. */
    private static jakarta.servlet.http.HttpSession freshSession(HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
        return request.getSession();
    }
}
