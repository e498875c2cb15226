package dk.peerstoette;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application's clock in tests: the real time in the business time zone until a test
 * sets it, and the real time again after each test ({@link Reset}, part of
 * {@link IntegrationTest}). One instance serves every test context, so that fixtures and
 * static helpers ({@link #today()}) see the time the application sees, without a context
 * of their own.
 */
public final class TestClock extends Clock {

	/** The zone the application is configured with ({@code app.time-zone}). */
	public static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

	private static final TestClock INSTANCE = new TestClock();

	private final AtomicReference<@Nullable Instant> fixed = new AtomicReference<>();

	private TestClock() {
	}

	public static TestClock get() {
		return INSTANCE;
	}

	/** The business day the application sees now. */
	public static LocalDate today() {
		return LocalDate.now(INSTANCE);
	}

	/** Stops the time at an instant. */
	public void set(Instant instant) {
		this.fixed.set(instant);
	}

	/** Stops the time at a wall-clock time in Denmark. */
	public void setDanish(LocalDateTime danishTime) {
		set(danishTime.atZone(DANISH).toInstant());
	}

	/** The real time again. */
	public void reset() {
		this.fixed.set(null);
	}

	@Override
	public ZoneId getZone() {
		return DANISH;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		Instant instant = this.fixed.get();
		return (instant != null) ? instant : Clock.systemUTC().instant();
	}

	/** Puts the real time back before and after each test. */
	public static final class Reset implements BeforeEachCallback, AfterEachCallback {

		@Override
		public void beforeEach(ExtensionContext context) {
			INSTANCE.reset();
		}

		@Override
		public void afterEach(ExtensionContext context) {
			INSTANCE.reset();
		}

	}

}
