package dk.peerstoette.peer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeerConsentRepository extends JpaRepository<PeerConsent, Long> {

	List<PeerConsent> findByPeerWorkerIdOrderByGivenOnDescIdDesc(long peerWorkerId);

}
