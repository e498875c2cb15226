package dk.peerstoette.quote;

import java.time.LocalDate;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuoteRepository extends JpaRepository<Quote, Long> {

	/**
	 * One page of the organisations' quotes that are not deleted, recorded from
	 * {@code from} to {@code to} (both included), as rows. A {@code with...} flag keeps
	 * only those tagged with that dimension; {@code pattern} is a lower-case LIKE
	 * pattern.
	 */
	@Query(value = """
			select new dk.peerstoette.quote.QuoteRow(q.id, q.kind, q.text, q.recordedOn, o.name, u.name, q.recipientId,
			       q.createdBy, q.chimeConnection, q.chimeHope, q.chimeIdentity, q.chimeMeaning, q.chimeEmpowerment)
			from Quote q join Unit u on u.id = q.unitId join Organisation o on o.id = q.organisationId
			where q.organisationId in :organisationIds and q.deletedAt is null
			  and (:kind is null or q.kind = :kind)
			  and q.recordedOn between :from and :to
			  and (:unitId is null or q.unitId = :unitId)
			  and (:pattern is null or lower(q.text) like :pattern)
			  and (:withConnection = false or q.chimeConnection = true)
			  and (:withHope = false or q.chimeHope = true)
			  and (:withIdentity = false or q.chimeIdentity = true)
			  and (:withMeaning = false or q.chimeMeaning = true)
			  and (:withEmpowerment = false or q.chimeEmpowerment = true)
			""", countQuery = """
			select count(q) from Quote q
			where q.organisationId in :organisationIds and q.deletedAt is null
			  and (:kind is null or q.kind = :kind)
			  and q.recordedOn between :from and :to
			  and (:unitId is null or q.unitId = :unitId)
			  and (:pattern is null or lower(q.text) like :pattern)
			  and (:withConnection = false or q.chimeConnection = true)
			  and (:withHope = false or q.chimeHope = true)
			  and (:withIdentity = false or q.chimeIdentity = true)
			  and (:withMeaning = false or q.chimeMeaning = true)
			  and (:withEmpowerment = false or q.chimeEmpowerment = true)
			""")
	Page<QuoteRow> findRows(@Param("organisationIds") Collection<Long> organisationIds,
			@Param("kind") @Nullable QuoteKind kind, @Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("unitId") @Nullable Long unitId, @Param("pattern") @Nullable String pattern,
			@Param("withConnection") boolean withConnection, @Param("withHope") boolean withHope,
			@Param("withIdentity") boolean withIdentity, @Param("withMeaning") boolean withMeaning,
			@Param("withEmpowerment") boolean withEmpowerment, Pageable pageable);

}
