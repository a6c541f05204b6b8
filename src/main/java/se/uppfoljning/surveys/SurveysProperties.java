package se.uppfoljning.surveys;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param templateDir folder with one YAML file per survey template and {@code template.schema.json};
 *                    relative paths start at the working directory
 */
@ConfigurationProperties("uppfoljning.surveys")
public record SurveysProperties(@DefaultValue("survey-templates") Path templateDir) {
}
