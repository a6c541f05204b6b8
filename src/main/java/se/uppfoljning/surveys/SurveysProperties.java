package se.uppfoljning.surveys;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.jspecify.annotations.Nullable;

/**
 * @param templateDir optional extra folder of template files ({@code *.yaml}) added to the templates shipped
 *                    inside the application: new templates, newer versions, language packs; a file named like a
 *                    shipped one replaces it. Relative paths start at the working directory; unset = the shipped
 *                    templates only
 */
@ConfigurationProperties("uppfoljning.surveys")
public record SurveysProperties(@Nullable Path templateDir) {
}
