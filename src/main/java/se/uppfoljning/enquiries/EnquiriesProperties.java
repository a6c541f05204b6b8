package se.uppfoljning.enquiries;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param linkValidity how long an invitation can be used
 * @param publicBaseUrl the address parents use, printed in letters and QR codes
 * @param codeAttemptsPerMinute code entries one client may try per minute
 * @param globalCodeAttemptsPerMinute code entries all clients together may try per minute
 * @param lockoutFailures wrong codes from one client before it is locked out
 * @param lockoutDuration how long that lock-out lasts
 * @param contact who parents may contact, printed in the letter
 */
@ConfigurationProperties("uppfoljning.enquiries")
public record EnquiriesProperties(
        @DefaultValue("60d") Duration linkValidity,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("5") int codeAttemptsPerMinute,
        @DefaultValue("300") int globalCodeAttemptsPerMinute,
        @DefaultValue("10") int lockoutFailures,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("Projektets samordnare, via skolans expedition") String contact) {
}
