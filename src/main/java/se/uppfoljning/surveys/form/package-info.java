/** The one Vaadin renderer for every survey template, used by enquiries, ratings and the template preview. */
@org.springframework.modulith.NamedInterface("form")
package se.uppfoljning.surveys.form;
