package dk.peerstoette.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Only when no {@code spring.datasource.url} ({@code SPRING_DATASOURCE_URL}) is
 * configured, whatever the profile: as Spring Boot's own embedded-database support backs
 * off. A database reached by URL is somebody's real one, so neither the embedded
 * PostgreSQL nor the demo data with its known passwords may take its place or enter it.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(NoDatasourceUrlCondition.class)
public @interface ConditionalOnNoDatasourceUrl {

}
