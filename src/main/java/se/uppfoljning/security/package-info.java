/**
 * Staff accounts, roles and data scopes: who may log in, what each role may do, and which projects and
 * districts each staff member sees. Other features ask {@link se.uppfoljning.security.CurrentStaff} for the
 * caller's {@link se.uppfoljning.security.DataScope} and put it into their queries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package se.uppfoljning.security;
