package se.uppfoljning.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data for trying the service: two projects, staff accounts with known passwords and pseudonymous cases.
 * Off unless {@code uppfoljning.demo.enabled=true}; never turn it on in production.
 *
 * @param casesPerSchool cases created per school of each demo project
 * @param staffPassword password of the demo staff accounts
 */
@ConfigurationProperties("uppfoljning.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("6") int casesPerSchool,
                             @DefaultValue("demo-losenord-2026") String staffPassword) {
    public static final String PROJECT_SOUTH = "Närvaro Söder";
    public static final String PROJECT_NORTHWEST = "Närvaro Nordväst";
}
