/**
 * Shared building blocks every feature may use: the embedded MariaDB, the clock, role names, the
 * application layout and small UI helpers. Depends on no other feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base")
package se.uppfoljning.base;
