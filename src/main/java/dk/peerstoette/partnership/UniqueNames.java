package dk.peerstoette.partnership;

import dk.peerstoette.web.FormProblems;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Services check a name before they save it; these catch the rare case where someone else
 * saved the same name in between, so the user still gets a message on the field.
 */
public final class UniqueNames {

	private UniqueNames() {
	}

	public static <T> T save(JpaRepository<T, Long> repository, T entity, String field, String code) {
		try {
			return repository.saveAndFlush(entity);
		}
		catch (DataIntegrityViolationException ex) {
			throw FormProblems.rejected(field, code);
		}
	}

	public static void flush(JpaRepository<?, Long> repository, String field, String code) {
		try {
			repository.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw FormProblems.rejected(field, code);
		}
	}

}
