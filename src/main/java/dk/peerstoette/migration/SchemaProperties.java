package dk.peerstoette.migration;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The schema at start-up.
 *
 * @param onStart whether the application migrates the schema when it starts, or only
 * validates it (then migrations run before it with {@code --migrate-only})
 * @param accessLogRetention how long access-log rows are kept; older ones are removed by
 * the schema owner after each migration (at least 6 months)
 */
@ConfigurationProperties("app.schema")
public record SchemaProperties(@DefaultValue("migrate") SchemaOnStart onStart,
		@DefaultValue("5y") Period accessLogRetention) {

	public SchemaProperties {
		AccessLogPruning.checked(accessLogRetention);
	}

}
