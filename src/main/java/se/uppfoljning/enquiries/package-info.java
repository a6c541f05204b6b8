/**
 * Parent enquiries at project START and END: one-time invitations (a link with a 256-bit token and a short
 * code for paper letters), invitation letters as PDF, answering without an account, and response tracking.
 * Coordinators use {@link se.uppfoljning.enquiries.InvitationService}; parents reach
 * {@link se.uppfoljning.enquiries.ParentAnswerService} through /enkat.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enquiries")
package se.uppfoljning.enquiries;
