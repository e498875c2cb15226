package dk.peerstoette.dashboard;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The dashboard's second thread: while the request's thread counts the activity, the
 * people-and-outcome queries run on one of these, each with a connection of its own. Four
 * threads at most, so that dashboards never hold more than four extra connections of the
 * pool; views beyond that wait in the queue. Built like Boot's own executor and shut down
 * with the application; not a default candidate, so that Boot's
 * {@code applicationTaskExecutor} (MVC, JPA bootstrap) stays as it is.
 */
@Configuration(proxyBeanMethods = false)
class DashboardThreads {

	/** The bean's name, to inject it by. */
	static final String BEAN = "dashboardFigureThreads";

	static final int THREADS = 4;

	@Bean(name = BEAN, defaultCandidate = false)
	ThreadPoolTaskExecutor dashboardFigureThreads(ThreadPoolTaskExecutorBuilder builder) {
		return builder.corePoolSize(THREADS)
			.maxPoolSize(THREADS)
			.queueCapacity(Integer.MAX_VALUE)
			.threadNamePrefix("dashboard-figures-")
			.build();
	}

}
