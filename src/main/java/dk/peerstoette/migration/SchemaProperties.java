package dk.peerstoette.migration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The schema at start-up.
 *
 * @param onStart whether the application migrates the schema when it starts, or only
 * validates it (then migrations run before it with {@code --migrate-only})
 */
@ConfigurationProperties("app.schema")
public record SchemaProperties(@DefaultValue("migrate") SchemaOnStart onStart) {

}
