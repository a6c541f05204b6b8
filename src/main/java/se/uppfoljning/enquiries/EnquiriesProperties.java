package se.uppfoljning.enquiries;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param linkValidity how long an invitation can be used
 * @param publicBaseUrl the address parents use, printed in letters and QR codes
 * @param codeFailuresPerClient wrong codes from one client address within {@code codeFailureWindow} before the
 *                              address must wait {@code codeLockDuration}; sized for a school meeting behind one
 *                              address (see {@link CodeThrottle} for why guessing stays infeasible)
 * @param codeFailureWindow how long wrong codes of one address are counted from the first one
 * @param codeLockDuration how long an address waits after too many wrong codes
 * @param codeFailuresPerMinuteForAll wrong codes from all addresses together in a minute before every address
 *                                    waits the rest of that minute
 * @param contact who parents may contact, printed in the letter
 * @param pupilCodeValidity how long a pupil code (issued at school for one sitting) can be used; short, because
 *                          the code is short (see {@link PupilCodeService})
 */
@ConfigurationProperties("uppfoljning.enquiries")
public record EnquiriesProperties(
        @DefaultValue("60d") Duration linkValidity,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("100") int codeFailuresPerClient,
        @DefaultValue("15m") Duration codeFailureWindow,
        @DefaultValue("5m") Duration codeLockDuration,
        @DefaultValue("600") int codeFailuresPerMinuteForAll,
        @DefaultValue("Projektets samordnare, via skolans expedition") String contact,
        @DefaultValue("3d") Duration pupilCodeValidity) {
}
