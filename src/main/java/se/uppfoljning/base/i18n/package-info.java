/** Texts in Swedish (default) and English for views and documents. */
@org.springframework.modulith.NamedInterface("i18n")
package se.uppfoljning.base.i18n;
