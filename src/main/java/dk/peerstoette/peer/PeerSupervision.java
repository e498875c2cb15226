package dk.peerstoette.peer;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Supervision a peer worker received, alone or in a group. */
@Entity
@Table(name = "peer_supervision")
class PeerSupervision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long peerWorkerId;

	private LocalDate receivedOn;

	private String supervisor;

	@Enumerated(EnumType.STRING)
	@Column(name = "form")
	private SupervisionKind kind;

	@SuppressWarnings("NullAway")
	protected PeerSupervision() {
	}

	PeerSupervision(long peerWorkerId, LocalDate receivedOn, String supervisor, SupervisionKind kind) {
		this.peerWorkerId = peerWorkerId;
		this.receivedOn = receivedOn;
		this.supervisor = supervisor;
		this.kind = kind;
	}

	@Nullable Long getId() {
		return this.id;
	}

}
