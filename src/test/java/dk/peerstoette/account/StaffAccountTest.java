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

		@Test
		void activatingAnActiveAccount() {
			assertRefused("user.alreadyActive", () -> account.activate(NOW.plusSeconds(60)));
			assertThat(account.getUpdatedAt()).isEqualTo(NOW);
		}

		@Test
		void deactivatingTwice() {
			account.deactivate(NOW);
			assertRefused("user.alreadyInactive", () -> account.deactivate(NOW.plusSeconds(60)));
			assertThat(account.isActive()).isFalse();
			assertThat(account.getUpdatedAt()).isEqualTo(NOW);
		}

	}

}
