package dk.peerstoette.checkin;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One check-in of a peer worker: seven answers on the scale 0 (not at all) to 4 (very
 * much). Only the peer worker themself ever reads it.
 */
@Entity
@Table(name = "peer_checkin")
class CheckIn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long peerWorkerId;

	private LocalDate answeredOn;

	private short hope;

	private short meaning;

	private short identity;

	private short competence;

	private short connection;

	private short demand;

	private short setBack;

	@Column(updatable = false)
	private Instant createdAt;

	@SuppressWarnings("NullAway")
	protected CheckIn() {
	}

	CheckIn(long peerWorkerId, LocalDate answeredOn, CheckInAnswers answers, Instant now) {
		this.peerWorkerId = peerWorkerId;
		this.createdAt = now;
		this.answeredOn = answeredOn;
		this.hope = (short) answers.hope();
		this.meaning = (short) answers.meaning();
		this.identity = (short) answers.identity();
		this.competence = (short) answers.competence();
		this.connection = (short) answers.connection();
		this.demand = (short) answers.demand();
		this.setBack = (short) answers.setBack();
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getPeerWorkerId() {
		return this.peerWorkerId;
	}

}
