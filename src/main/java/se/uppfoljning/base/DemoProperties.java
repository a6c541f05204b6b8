package se.uppfoljning.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data for trying the service: two projects, staff accounts with known passwords and pseudonymous cases.
 * Off unless {@code uppfoljning.demo.enabled=true}; never turn it on in production.
 *
 * @param casesPerSchool cases created per school of each demo project
 * @param staffPassword password of the demo staff accounts
 * @param activity whether the demo also gets a school year (2025/26) of cases that ended, absence, enquiry answers,
 *                 ratings and focus groups, so that the demo report shows numbers; the tests turn it off
 */
@ConfigurationProperties("uppfoljning.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("6") int casesPerSchool,
                             @DefaultValue("demo-losenord-2026") String staffPassword,
                             @DefaultValue("true") boolean activity) {
    public static final String PROJECT_SOUTH = "Närvaro Söder";
    public static final String PROJECT_NORTHWEST = "Närvaro Nordväst";
}
