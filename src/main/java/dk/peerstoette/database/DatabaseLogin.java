package dk.peerstoette.database;

/** A role of the embedded database and its password. */
record DatabaseLogin(String username, String password) {

	@Override
	public String toString() {
		return "DatabaseLogin[" + this.username + "]";
	}

}
