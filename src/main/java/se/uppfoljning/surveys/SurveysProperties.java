package se.uppfoljning.surveys;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param templateDir optional extra folder of template files ({@code *.yaml}) added to the templates shipped
 *                    inside the application: new templates, newer versions, language packs; a file named like a
 *                    shipped one replaces it. Relative paths start at the working directory; unset = the shipped
 *                    templates only
 * @param unreviewedLanguagesForParents languages parents may choose although no native speaker has reviewed
 *                                      the texts (language codes, or {@code *} for all); default none
 */
@ConfigurationProperties("uppfoljning.surveys")
public record SurveysProperties(@Nullable Path templateDir,
                                @DefaultValue({}) List<String> unreviewedLanguagesForParents) {
}
