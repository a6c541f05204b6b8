/** The staff layout and small UI helpers every feature may use. */
@org.springframework.modulith.NamedInterface("ui")
package se.uppfoljning.base.ui;
