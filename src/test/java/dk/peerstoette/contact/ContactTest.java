package dk.peerstoette.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static dk.peerstoette.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contact guards its own status: a new contact may be planned, a plan is marked held or
 * not held once, and a deleted contact changes no more.
 */
class ContactTest {

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private static final ContactDescription PLANNED = description(LocalDate.of(2026, 3, 5), 60);

	private static final ContactDescription AS_HELD = description(LocalDate.of(2026, 3, 5), 45);

	private final Contact contact = new Contact(1, 2, 3L, 4L, 5, PLANNED, NOW);

	@Test
	void aNewContactIsHeld() {
		assertThat(this.contact.getStatus()).isEqualTo(ContactStatus.HELD);
		assertThat(this.contact.isPlanned()).isFalse();
	}

	@Test
	void aNewContactMayBePlanned() {
		this.contact.plan();
		assertThat(this.contact.getStatus()).isEqualTo(ContactStatus.PLANNED);
		assertThat(this.contact.isPlanned()).isTrue();
	}

	@Test
	void aPlanIsHeldAsDescribedThen() {
		this.contact.plan();
		this.contact.hold(AS_HELD, 6, NOW.plusSeconds(60));
		assertThat(this.contact.getStatus()).isEqualTo(ContactStatus.HELD);
		assertThat(this.contact.description()).isEqualTo(AS_HELD);
	}

	@Test
	void aPlanIsNotHeldWithTheReason() {
		this.contact.plan();
		this.contact.notHeld(NotHeldReason.PEER_CANCELLED, 6, NOW.plusSeconds(60));
		assertThat(this.contact.getStatus()).isEqualTo(ContactStatus.NOT_HELD);
		assertThat(this.contact.getNotHeldReason()).isEqualTo(NotHeldReason.PEER_CANCELLED);
	}

	@Test
	void aContactIsDeletedOnce() {
		this.contact.delete(6, "Registreret to gange", NOW);
		assertThat(this.contact.isDeleted()).isTrue();
	}

	@Test
	void anActivityMovesToAnotherUnit() {
		Contact activity = new Contact(1, 2, null, null, 5, PLANNED, NOW);
		activity.moveToUnit(8);
		assertThat(activity.getUnitId()).isEqualTo(8);
	}

	@Nested
	class Refused {

		@Test
		void movingACoursesContactToAnotherUnit() {
			assertRefused("contact.activity.unit.keptByCourse", () -> contact.moveToUnit(8));
			assertThat(contact.getUnitId()).isEqualTo(2);
		}

		@Test
		void planningAPlanAgain() {
			contact.plan();
			assertRefused("contact.planned.notNew", contact::plan);
		}

		@Test
		void planningAContactStoredAsHeld() {
			ReflectionTestUtils.setField(contact, "id", 7L);
			assertRefused("contact.planned.notNew", contact::plan);
			assertThat(contact.getStatus()).isEqualTo(ContactStatus.HELD);
		}

		@Test
		void planningAContactMarkedNotHeld() {
			contact.plan();
			contact.notHeld(NotHeldReason.OTHER, 6, NOW);
			assertRefused("contact.planned.notNew", contact::plan);
		}

		@Test
		void holdingAContactThatWasNoPlan() {
			assertRefused("contact.planned.alreadyMarked", () -> contact.hold(AS_HELD, 6, NOW));
			assertThat(contact.description()).isEqualTo(PLANNED);
		}

		@Test
		void holdingAPlanTwice() {
			contact.plan();
			contact.hold(AS_HELD, 6, NOW);
			assertRefused("contact.planned.alreadyMarked", () -> contact.hold(PLANNED, 6, NOW));
			assertThat(contact.description()).isEqualTo(AS_HELD);
		}

		@Test
		void holdingAPlanMarkedNotHeld() {
			contact.plan();
			contact.notHeld(NotHeldReason.RECIPIENT_CANCELLED, 6, NOW);
			assertRefused("contact.planned.alreadyMarked", () -> contact.hold(AS_HELD, 6, NOW));
			assertThat(contact.getStatus()).isEqualTo(ContactStatus.NOT_HELD);
		}

		@Test
		void markingAHeldPlanNotHeld() {
			contact.plan();
			contact.hold(AS_HELD, 6, NOW);
			assertRefused("contact.planned.alreadyMarked", () -> contact.notHeld(NotHeldReason.OTHER, 6, NOW));
			assertThat(contact.getStatus()).isEqualTo(ContactStatus.HELD);
			assertThat(contact.getNotHeldReason()).isNull();
		}

		@Test
		void markingAPlanNotHeldTwice() {
			contact.plan();
			contact.notHeld(NotHeldReason.RECIPIENT_CANCELLED, 6, NOW);
			assertRefused("contact.planned.alreadyMarked", () -> contact.notHeld(NotHeldReason.OTHER, 6, NOW));
			assertThat(contact.getNotHeldReason()).isEqualTo(NotHeldReason.RECIPIENT_CANCELLED);
		}

		@Test
		void markingADeletedPlan() {
			contact.plan();
			contact.delete(6, "Fejl", NOW);
			assertRefused("contact.deleted.refused", () -> contact.hold(AS_HELD, 6, NOW));
			assertRefused("contact.deleted.refused", () -> contact.notHeld(NotHeldReason.OTHER, 6, NOW));
			assertThat(contact.getStatus()).isEqualTo(ContactStatus.PLANNED);
		}

		@Test
		void deletingTwiceOrChangingADeletedContact() {
			contact.delete(6, "Fejl", NOW);
			assertRefused("contact.deleted.refused", () -> contact.delete(6, "Igen", NOW));
			assertRefused("contact.deleted.refused", () -> contact.describe(AS_HELD, 6, NOW));
			assertThat(contact.description()).isEqualTo(PLANNED);
		}

	}

	private static ContactDescription description(LocalDate on, int minutes) {
		return new ContactDescription(ContactKind.INDIVIDUAL_CONVERSATION, on, LocalTime.of(10, 0), minutes, null,
				Set.of(ChimeTheme.HOPE), null, 9L, null, null, 0);
	}

}
