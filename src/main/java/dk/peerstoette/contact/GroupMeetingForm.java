package dk.peerstoette.contact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The form for a group meeting: the contact's when, duration, themes and note, plus who
 * ran it (peer workers ticked, colleagues by name, one a line) and the attendance of
 * every member of the group, by recipient id. The course is chosen before the form is
 * shown.
 */
class GroupMeetingForm extends ContactForm {

	private List<Long> facilitatorIds = new ArrayList<>();

	@Size(max = 1000)
	private String colleagues = "";

	private Map<Long, Attendance> attendance = new LinkedHashMap<>();

	/** The colleagues' names, one a line, without blank lines or repeats. */
	List<String> colleagueNames() {
		return names(this.colleagues);
	}

	static List<String> names(String lines) {
		return lines.lines().map(String::strip).filter((name) -> !name.isEmpty()).distinct().toList();
	}

	public List<Long> getFacilitatorIds() {
		return this.facilitatorIds;
	}

	public void setFacilitatorIds(@Nullable List<Long> facilitatorIds) {
		this.facilitatorIds = (facilitatorIds != null) ? facilitatorIds : new ArrayList<>();
	}

	public String getColleagues() {
		return this.colleagues;
	}

	public void setColleagues(@Nullable String colleagues) {
		this.colleagues = (colleagues != null) ? colleagues : "";
	}

	public Map<Long, Attendance> getAttendance() {
		return this.attendance;
	}

	public void setAttendance(@Nullable Map<Long, Attendance> attendance) {
		this.attendance = (attendance != null) ? attendance : new LinkedHashMap<>();
	}

}
