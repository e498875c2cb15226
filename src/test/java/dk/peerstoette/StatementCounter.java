package dk.peerstoette;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts what the application sends PostgreSQL while serving requests: every statement
 * executed and every commit, on the servlet container's threads only (background jobs are
 * left out), so that a test can pin what one page costs. The application's data source
 * stays what it is (a proxy of the same class) and reaches the real database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
			"executeBatch", "executeLargeBatch");

	private static final List<String> SENT = Collections.synchronizedList(new ArrayList<>());

	/** What one piece of work sent: its statements (SQL, or COMMIT) in order. */
	public record Sent(List<String> statements) {

		public long executed() {
			return this.statements.stream().filter((sql) -> !sql.equals("COMMIT")).count();
		}

		public long commits() {
			return this.statements.stream().filter((sql) -> sql.equals("COMMIT")).count();
		}

		@Override
		public String toString() {
			return this.executed() + " statements, " + this.commits() + " commits:\n  "
					+ String.join("\n  ", this.statements);
		}

	}

	/**
	 * What the servlet threads sent while {@code work} ran (it must wait for its
	 * answers).
	 */
	public static <T> Sent during(Supplier<T> work) {
		synchronized (SENT) {
			SENT.clear();
		}
		work.get();
		synchronized (SENT) {
			Sent sent = new Sent(List.copyOf(SENT));
			SENT.clear();
			return sent;
		}
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof DataSource)) {
					return bean;
				}
				ProxyFactory factory = new ProxyFactory(bean);
				factory.setProxyTargetClass(true);
				factory.addAdvice((MethodInterceptor) (invocation) -> {
					Object result = invocation.proceed();
					return (result instanceof Connection connection) ? counted(connection) : result;
				});
				return factory.getProxy(bean.getClass().getClassLoader());
			}
		};
	}

	private static Connection counted(Connection connection) {
		return proxy(Connection.class, connection, (method, args) -> {
			if (method.getName().equals("commit") && servingRequest()) {
				SENT.add("COMMIT");
			}
			return null;
		}, (method, args, result) -> {
			if (result instanceof Statement statement && method.getName().startsWith("prepare")) {
				String sql = String.valueOf(args[0]);
				Class<? extends Statement> type = (result instanceof CallableStatement) ? CallableStatement.class
						: PreparedStatement.class;
				return statementProxy(type, statement, sql);
			}
			if (result instanceof Statement statement) {
				return statementProxy(Statement.class, statement, null);
			}
			return result;
		});
	}

	private static Statement statementProxy(Class<? extends Statement> type, Statement statement, String sql) {
		return proxy(type, statement, (method, args) -> {
			if (EXECUTE.contains(method.getName()) && servingRequest()) {
				SENT.add(oneLine(
						(sql != null) ? sql : (args != null && args.length > 0) ? String.valueOf(args[0]) : "?"));
			}
			return null;
		}, (method, args, result) -> result);
	}

	private static boolean servingRequest() {
		return Thread.currentThread().getName().startsWith("http-");
	}

	private static String oneLine(String sql) {
		String line = sql.replaceAll("\\s+", " ").strip();
		return (line.length() > 140) ? line.substring(0, 140) + "…" : line;
	}

	private interface Before {

		Object apply(Method method, Object[] args);

	}

	private interface After {

		Object apply(Method method, Object[] args, Object result);

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<? extends T> type, Object target, Before before, After after) {
		InvocationHandler handler = (proxy, method, args) -> {
			before.apply(method, args);
			try {
				return after.apply(method, args, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

}
