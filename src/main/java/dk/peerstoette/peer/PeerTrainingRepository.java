package dk.peerstoette.peer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PeerTrainingRepository extends JpaRepository<PeerTraining, Long> {

	@Query("""
			select new dk.peerstoette.peer.TrainingRow(t.courseName, t.completedOn, t.provider)
			from PeerTraining t where t.peerWorkerId = :peerWorkerId order by t.completedOn desc, t.id desc
			""")
	List<TrainingRow> findRows(@Param("peerWorkerId") long peerWorkerId);

}
