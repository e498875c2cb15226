package dk.peerstoette.peer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PeerSupervisionRepository extends JpaRepository<PeerSupervision, Long> {

	@Query("""
			select new dk.peerstoette.peer.SupervisionRow(s.receivedOn, s.supervisor, s.kind)
			from PeerSupervision s where s.peerWorkerId = :peerWorkerId order by s.receivedOn desc, s.id desc
			""")
	List<SupervisionRow> findRows(@Param("peerWorkerId") long peerWorkerId);

}
