package dk.peerstoette.demo;

/**
 * A further piece of the demo, loaded after the programme, the caseload, the contacts and
 * the meetings, in {@link org.springframework.core.annotation.Order} order, inside the
 * same transaction. Each part leaves alone what it finds already there, so a restart adds
 * nothing.
 */
interface DemoPart {

	void load();

}
