package dk.peerstoette.dashboard;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's second thread is a Spring-managed pool of its own, bounded, named, and
 * shut down with the application, which leaves Boot's application executor in place.
 */
@IntegrationTest
class DashboardThreadsTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aDashboardViewCountsOnTheBoundedPoolOfItsOwn() throws Exception {
		ThreadPoolTaskExecutor pool = this.context.getBean("dashboardFigureThreads", ThreadPoolTaskExecutor.class);
		assertThat(pool.getMaxPoolSize()).isEqualTo(4);
		assertThat(pool.getThreadNamePrefix()).isEqualTo("dashboard-figures-");
		long before = pool.getThreadPoolExecutor().getTaskCount();
		this.mvc.perform(get("/dashboard").with(user(this.users.loadUserByUsername("koordinator"))))
			.andExpect(status().isOk());
		assertThat(pool.getThreadPoolExecutor().getTaskCount()).isGreaterThan(before);
		assertThat(this.context.getBean(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME))
			.isInstanceOf(AsyncTaskExecutor.class)
			.isNotSameAs(pool);
	}

}
