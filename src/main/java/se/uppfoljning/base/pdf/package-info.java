/**
 * What every PDF of the application shares: embedded fonts for Latin, Arabic/Persian and Ethiopic scripts
 * (OFL Noto fonts shipped in {@code fonts/}), right-to-left paragraphs, and the tagging and metadata a
 * PDF/UA-1 document needs.
 */
@org.springframework.modulith.NamedInterface("pdf")
package se.uppfoljning.base.pdf;
