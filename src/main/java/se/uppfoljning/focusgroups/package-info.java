/**
 * Focus groups: sessions held with parents, school staff, BUP, social services and project staff, recorded
 * as participant counts per role (never names), notes per theme of a guide (or typed themes), verbatim quotes
 * and a per-project codebook to tag them. Drafts are saved on every edit; a finalised session changes only
 * through amendments that carry a reason. Entry points: {@link se.uppfoljning.focusgroups.FocusGroupService},
 * {@link se.uppfoljning.focusgroups.CodebookService}; reports read aggregates from
 * {@link se.uppfoljning.focusgroups.FocusGroupReportService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Focus groups")
package se.uppfoljning.focusgroups;
