package dk.peerstoette.partnership;

import dk.peerstoette.web.RecordPages;

/**
 * The administration pages of the programme structure (partnerships, organisations,
 * units, models, managed lists) say the same after a save or a (de)activation.
 */
public final class StructurePages {

	private StructurePages() {
	}

	/** The pages of the records at {@code path}, e.g. {@code /admin/units}. */
	public static RecordPages at(String path) {
		return new RecordPages(path, "partnership.saved", "partnership.activated", "partnership.deactivated");
	}

}
