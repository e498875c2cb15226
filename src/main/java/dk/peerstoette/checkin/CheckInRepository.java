package dk.peerstoette.checkin;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

	Optional<CheckIn> findByIdAndPeerWorkerId(long id, long peerWorkerId);

}
