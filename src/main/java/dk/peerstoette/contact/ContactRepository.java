package dk.peerstoette.contact;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

	Optional<Contact> findByIdAndDeletedAtIsNull(long id);

}
