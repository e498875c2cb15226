package dk.peerstoette.partnership;

import java.util.UUID;

/**
 * Names for the programme structure's records made in tests: unique, since every test
 * class shares one database and a name must be unique per kind.
 */
public final class StructureNames {

	private StructureNames() {
	}

	public static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

}
