package dk.peerstoette.peer;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A course of training (uddannelse) a peer worker has completed. */
@Entity
@Table(name = "peer_training")
class PeerTraining {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long peerWorkerId;

	private String courseName;

	private LocalDate completedOn;

	private @Nullable String provider;

	@SuppressWarnings("NullAway")
	protected PeerTraining() {
	}

	PeerTraining(long peerWorkerId, String courseName, LocalDate completedOn, @Nullable String provider) {
		this.peerWorkerId = peerWorkerId;
		this.courseName = courseName;
		this.completedOn = completedOn;
		this.provider = provider;
	}

	@Nullable Long getId() {
		return this.id;
	}

}
