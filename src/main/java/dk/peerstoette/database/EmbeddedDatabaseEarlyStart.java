package dk.peerstoette.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the application's
 * settings are read, so that {@code initdb} and the server's start (seconds on a first
 * start) run while Spring reads its configuration and builds the web server, instead of
 * after. {@link EmbeddedDatabaseConfiguration} then takes the running server, or the
 * reason it could not start, from here.
 * <p>
 * Registered by the application's {@code main} only (not by tests or
 * {@code --migrate-only}), and it starts the server only under the very conditions of
 * {@link EmbeddedDatabaseConfiguration}: the library on the class path, no
 * {@code spring.datasource.url}, {@code app.embedded-database.enabled}. A server that no
 * bean claimed by the end of the start (or when the start fails) is stopped.
 */
public final class EmbeddedDatabaseEarlyStart implements ApplicationListener<SpringApplicationEvent> {

	static final String BEAN_NAME = "embeddedDatabaseEarlyStart";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseEarlyStart.class);

	private @Nullable Settings settings;

	private @Nullable CompletableFuture<EmbeddedPostgresServer> server;

	private boolean claimed;

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			start(prepared.getEnvironment(), prepared.getSpringApplication().getClassLoader());
		}
		else if (event instanceof ApplicationPreparedEvent prepared && this.server != null) {
			prepared.getApplicationContext().getBeanFactory().registerSingleton(BEAN_NAME, this);
		}
		else if (event instanceof ApplicationStartedEvent || event instanceof ApplicationFailedEvent) {
			closeUnclaimed();
		}
	}

	private synchronized void start(ConfigurableEnvironment environment, @Nullable ClassLoader classLoader) {
		if (this.server != null || !ClassUtils.isPresent(EmbeddedDatabaseConfiguration.LIBRARY, classLoader)
				|| StringUtils.hasText(environment.getProperty(NoDatasourceUrlCondition.URL_PROPERTY))) {
			return;
		}
		Binder binder = Binder.get(environment);
		// As @ConditionalOnBooleanProperty: off when the property is missing.
		if (!binder.bind("app.embedded-database.enabled", Boolean.class).orElse(false)) {
			return;
		}
		Settings settings = new Settings(binder.bindOrCreate("app", DataDirectoryProperties.class),
				binder.bindOrCreate("app.embedded-database", EmbeddedDatabaseProperties.class));
		CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				server.complete(settings.start());
			}
			catch (IOException | RuntimeException | Error ex) {
				server.completeExceptionally(ex);
			}
		}, "embedded-postgres-start");
		thread.start();
		this.settings = settings;
		this.server = server;
	}

	/**
	 * The server started early, or started now when the bean's settings are not those it
	 * was started with; throws what stopped its start, as a start in place would have.
	 */
	synchronized EmbeddedPostgresServer take(DataDirectoryProperties data, EmbeddedDatabaseProperties embedded)
			throws IOException {
		Settings wanted = new Settings(data, embedded);
		if (this.claimed || this.server == null || !wanted.equals(this.settings)) {
			closeUnclaimed();
			return wanted.start();
		}
		this.claimed = true;
		try {
			return this.server.join();
		}
		catch (CompletionException ex) {
			throw rethrown(ex.getCause());
		}
	}

	private synchronized void closeUnclaimed() {
		if (this.server == null || this.claimed) {
			return;
		}
		this.claimed = true;
		try {
			this.server.join().close();
			log.info("Stopped the embedded PostgreSQL started early: the application did not use it");
		}
		catch (CompletionException ex) {
			// It did not start, so there is nothing to stop; the application did not ask
			// for it.
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static IOException rethrown(@Nullable Throwable cause) {
		if (cause instanceof IOException io) {
			return io;
		}
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new IOException(cause);
	}

	private record Settings(DataDirectoryProperties data, EmbeddedDatabaseProperties embedded) {

		EmbeddedPostgresServer start() throws IOException {
			return EmbeddedPostgresServer.start(this.data, this.embedded);
		}

	}

}
