package dk.peerstoette.quote;

/** A form value that breaks a rule: the field and the message code for it. */
record QuoteProblem(String field, String code) {

}
