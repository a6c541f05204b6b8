package se.uppfoljning.surveys;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads every template from the template folder at startup; an invalid file stops the start. */
@Configuration(proxyBeanMethods = false)
class TemplateCatalogConfig {

    @Bean
    @ConditionalOnMissingBean
    TemplateCatalog templateCatalog(@Value("${uppfoljning.surveys.template-dir:survey-templates}") String dir) {
        Path folder = Path.of(dir);
        return new TemplateCatalog(TemplateLoader.forFolder(folder).loadFolder(folder).templates());
    }

    /** Records each loaded version, so responses can reference it (the immutability check builds on this). */
    @Bean
    org.springframework.boot.ApplicationRunner templateVersionRegistration(TemplateCatalog catalog,
                                                                           org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return args -> catalog.all().forEach(t -> jdbc.sql("""
                INSERT IGNORE INTO survey_template_version (template_id, version, content_hash, source_file)
                VALUES (?, ?, ?, ?)""").params(t.id(), t.version(), t.contentHash(), t.sourceFile()).update());
    }
}
