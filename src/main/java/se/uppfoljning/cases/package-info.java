/**
 * Programmes, projects, districts, schools and pseudonymous pupil cases. A case is known only by its random
 * {@link se.uppfoljning.cases.CaseCode}; the link to a real pupil stays with the school, outside this system.
 * Entry point: {@link se.uppfoljning.cases.CaseService}; reference data: {@link se.uppfoljning.cases.ReferenceDataService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package se.uppfoljning.cases;
