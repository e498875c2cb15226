package dk.peerstoette.account;

import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.security.Role;

import static dk.peerstoette.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** An account guards its own activity: deactivated and reactivated, never twice over. */
class StaffAccountTest {

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private final StaffAccount account = new StaffAccount("peer.test", "{noop}x", "Peer Test", Role.PEER_WORKER, NOW);

	@Test
	void isDeactivatedAndReactivated() {
		assertThat(this.account.isActive()).isTrue();
		this.account.deactivate(NOW.plusSeconds(60));
		assertThat(this.account.isActive()).isFalse();
		assertThat(this.account.getUpdatedAt()).isEqualTo(NOW.plusSeconds(60));
		this.account.activate(NOW.plusSeconds(120));
		assertThat(this.account.isActive()).isTrue();
	}

	@Nested
	class Refused {

		private final StaffAccount account = StaffAccountTest.this.account;

		@Test
		void activatingAnActiveAccount() {
			assertRefused("user.alreadyActive", () -> this.account.activate(NOW.plusSeconds(60)));
			assertThat(this.account.getUpdatedAt()).isEqualTo(NOW);
		}

		@Test
		void deactivatingTwice() {
			this.account.deactivate(NOW);
			assertRefused("user.alreadyInactive", () -> this.account.deactivate(NOW.plusSeconds(60)));
			assertThat(this.account.isActive()).isFalse();
			assertThat(this.account.getUpdatedAt()).isEqualTo(NOW);
		}

	}

}
