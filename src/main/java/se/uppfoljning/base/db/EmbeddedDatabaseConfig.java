package se.uppfoljning.base.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MariaDB and a pooled DataSource on it, unless an external database is configured
 * with {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}); then Spring Boot's own DataSource
 * is used and nothing is started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfig.NoExternalDatabase.class)
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(DatabaseProperties properties) {
        return EmbeddedMariaDb.start(properties);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedMariaDb mariaDb) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(mariaDb.jdbcUrl());
        ds.setUsername(mariaDb.username());
        ds.setPassword(mariaDb.password());
        ds.setMaximumPoolSize(20);
        ds.setPoolName("uppfoljning");
        // Fail fast while the database is down, so a parent gets a clear message instead of a hang.
        ds.setConnectionTimeout(5_000);
        return ds;
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
