package se.uppfoljning.surveys;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param templateDir folder with one YAML file per survey template and {@code template.schema.json};
 *                    relative paths start at the working directory
 * @param unreviewedLanguagesForParents languages parents may choose although no native speaker has reviewed
 *                                      the texts (language codes, or {@code *} for all); default none
 */
@ConfigurationProperties("uppfoljning.surveys")
public record SurveysProperties(@DefaultValue("survey-templates") Path templateDir,
                                @DefaultValue({}) java.util.List<String> unreviewedLanguagesForParents) {
}
