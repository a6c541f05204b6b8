/**
 * The append-only audit trail: logins, failed logins, case changes, report and export downloads and admin
 * actions, chained by SHA-256 hashes so that a changed or deleted entry is detected. Callers pass who acted;
 * this feature depends on base only (its API and, for the log view's layout, {@code base :: ui}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"base", "base :: ui"})
package se.uppfoljning.audit;
