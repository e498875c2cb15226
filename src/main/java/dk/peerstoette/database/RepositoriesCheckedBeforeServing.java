package dk.peerstoette.database;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates every Spring Data repository before the web server starts. With
 * {@code spring.data.jpa.repositories.bootstrap-mode=deferred} (Hibernate builds its
 * model on a thread of its own meanwhile) Spring Data would create them only after the
 * server listens, and a query that does not fit the model would stop an application that
 * had already answered requests; creating a repository parses and checks its queries.
 */
@Component
class RepositoriesCheckedBeforeServing implements SmartInitializingSingleton {

	private final ListableBeanFactory beans;

	RepositoriesCheckedBeforeServing(ListableBeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.beans.getBeansOfType(Repository.class);
	}

}
