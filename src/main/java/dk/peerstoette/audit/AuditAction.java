package dk.peerstoette.audit;

/** What was done, in the terms of Datatilsynet's guidance on access logging. */
public enum AuditAction {

	READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT, LOGIN, LOGOUT

}
