package dk.peerstoette.database;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's connection pool, embedded database or not, fails fast while the
 * database is away ({@link FailFastDataSource}).
 */
@Configuration(proxyBeanMethods = false)
class FailFastDataSourceConfiguration {

	@Bean
	static BeanPostProcessor failFastDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof HikariDataSource pool) ? new FailFastDataSource(pool) : bean;
			}

		};
	}

}
