package dk.peerstoette.recipient;

/** A form value that breaks a rule: the field and the message code for it. */
record FieldProblem(String field, String code) {

}
