package dk.peerstoette.contact;

import java.util.Arrays;
import java.util.List;

/** What kind of contact it was; labels are {@code contact.kind.<name>}. */
enum ContactKind {

	/** Samtale: one recipient, in person. */
	INDIVIDUAL_CONVERSATION(Parties.RECIPIENT),
	/** Aktivitet eller gåtur sammen. */
	ACTIVITY_TOGETHER(Parties.RECIPIENT),
	/** Telefon. */
	PHONE(Parties.RECIPIENT),
	/** Video. */
	VIDEO(Parties.RECIPIENT),
	/** Brobygning: going along to the job centre, the doctor, the housing office. */
	BRIDGE_BUILDING(Parties.RECIPIENT),
	/** Gruppemøde: the members of a group course, with their attendance. */
	GROUP_MEETING(Parties.GROUP),
	/** Personalemøde. */
	STAFF_MEETING(Parties.NONE),
	/** Behandlingskonference. */
	TREATMENT_CONFERENCE(Parties.NONE),
	/** Supervision received. */
	SUPERVISION(Parties.NONE),
	/** Uddannelse. */
	TRAINING(Parties.NONE),
	/** Netværksmøde. */
	NETWORK_MEETING(Parties.NONE);

	private final Parties parties;

	ContactKind(Parties parties) {
		this.parties = parties;
	}

	/** The kinds of a contact with one recipient, which the quick entry offers. */
	static List<ContactKind> withOneRecipient() {
		return Arrays.stream(values()).filter(ContactKind::hasOneRecipient).toList();
	}

	/** The organisational activities, which have no course and no recipient. */
	static List<ContactKind> organisational() {
		return Arrays.stream(values()).filter((kind) -> kind.parties == Parties.NONE).toList();
	}

	boolean hasOneRecipient() {
		return this.parties == Parties.RECIPIENT;
	}

	/** Who a contact of a kind is with; the schema checks the same. */
	private enum Parties {

		RECIPIENT, GROUP, NONE

	}

}
