package dk.peerstoette.peer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

import org.springframework.validation.Errors;

/**
 * The form for a new or changed peer worker; carries the version that was read. The
 * organisation is only taken from it for an administrator.
 */
class PeerWorkerForm implements CheckedForm {

	// Danish and international numbers: digits, spaces, dashes, brackets, a leading +.
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,29}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	@NotBlank
	@Size(max = 100)
	private String fullName = "";

	@Size(max = 30)
	private String phone = "";

	@Size(max = 150)
	private String email = "";

	@NotNull
	private @Nullable EmploymentForm employmentForm;

	@NotNull
	private @Nullable PeerRole peerRole;

	private @Nullable Long modelId;

	/** The day a changed employment form, role or model takes effect (the edit form). */
	private @Nullable LocalDate changedFrom;

	private @Nullable Long organisationId;

	private List<Long> unitIds = new ArrayList<>();

	@NotNull
	private @Nullable LocalDate startsOn;

	private @Nullable LocalDate endsOn;

	private @Nullable PeerEndReason endReason;

	private @Nullable PeerDestination destination;

	private @Nullable Long staffUserId;

	private @Nullable Long supervisorUserId;

	private long version;

	static PeerWorkerForm of(PeerWorker worker) {
		PeerWorkerForm form = new PeerWorkerForm();
		form.fullName = worker.getFullName();
		form.phone = Objects.requireNonNullElse(worker.getPhone(), "");
		form.email = Objects.requireNonNullElse(worker.getEmail(), "");
		form.employmentForm = worker.getEmploymentForm();
		form.peerRole = worker.getPeerRole();
		form.modelId = worker.getModelId();
		form.organisationId = worker.getOrganisationId();
		form.unitIds = new ArrayList<>(worker.getUnitIds());
		form.startsOn = worker.getStartsOn();
		form.endsOn = worker.getEndsOn();
		form.endReason = worker.getEndReason();
		form.destination = worker.getDestination();
		form.staffUserId = worker.getStaffUserId();
		form.supervisorUserId = worker.getSupervisorUserId();
		form.version = worker.getVersion();
		return form;
	}

	@Override
	public void check(LocalDate today, Errors errors) {
		if (!this.phone.isBlank() && (!PHONE.matcher(this.phone.strip()).matches() || digits(this.phone) < 8)) {
			errors.rejectValue("phone", "peer.phone.invalid");
		}
		if (!this.email.isBlank() && !EMAIL.matcher(this.email.strip()).matches()) {
			errors.rejectValue("email", "peer.email.invalid");
		}
		if (this.startsOn != null && this.endsOn != null && this.endsOn.isBefore(this.startsOn)) {
			errors.rejectValue("endsOn", "peer.endsOn.beforeStart");
		}
		if (this.endsOn == null && this.endReason != null) {
			errors.rejectValue("endReason", "peer.endReason.withoutEnd");
		}
		if (this.endsOn == null && this.destination != null) {
			errors.rejectValue("destination", "peer.destination.withoutEnd");
		}
	}

	/** What the form says, tidied; only called once the form is valid. */
	PeerWorkerDescription description() {
		return new PeerWorkerDescription(this.fullName.strip(), blankToNull(this.phone), blankToNull(this.email),
				Objects.requireNonNull(this.employmentForm), Objects.requireNonNull(this.peerRole), this.modelId,
				this.changedFrom, new LinkedHashSet<>(this.unitIds), Objects.requireNonNull(this.startsOn), this.endsOn,
				this.endReason, this.destination, this.staffUserId, this.supervisorUserId);
	}

	private static long digits(String text) {
		return text.chars().filter(Character::isDigit).count();
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public @Nullable EmploymentForm getEmploymentForm() {
		return this.employmentForm;
	}

	public void setEmploymentForm(@Nullable EmploymentForm employmentForm) {
		this.employmentForm = employmentForm;
	}

	public @Nullable PeerRole getPeerRole() {
		return this.peerRole;
	}

	public void setPeerRole(@Nullable PeerRole peerRole) {
		this.peerRole = peerRole;
	}

	public @Nullable Long getModelId() {
		return this.modelId;
	}

	public void setModelId(@Nullable Long modelId) {
		this.modelId = modelId;
	}

	public @Nullable LocalDate getChangedFrom() {
		return this.changedFrom;
	}

	public void setChangedFrom(@Nullable LocalDate changedFrom) {
		this.changedFrom = changedFrom;
	}

	public @Nullable PeerEndReason getEndReason() {
		return this.endReason;
	}

	public void setEndReason(@Nullable PeerEndReason endReason) {
		this.endReason = endReason;
	}

	public @Nullable PeerDestination getDestination() {
		return this.destination;
	}

	public void setDestination(@Nullable PeerDestination destination) {
		this.destination = destination;
	}

	public @Nullable Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(@Nullable Long organisationId) {
		this.organisationId = organisationId;
	}

	public List<Long> getUnitIds() {
		return this.unitIds;
	}

	public void setUnitIds(@Nullable List<Long> unitIds) {
		this.unitIds = (unitIds != null) ? new ArrayList<>(unitIds.stream().filter(Objects::nonNull).toList())
				: new ArrayList<>();
	}

	public @Nullable LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(@Nullable LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public @Nullable Long getStaffUserId() {
		return this.staffUserId;
	}

	public void setStaffUserId(@Nullable Long staffUserId) {
		this.staffUserId = staffUserId;
	}

	public @Nullable Long getSupervisorUserId() {
		return this.supervisorUserId;
	}

	public void setSupervisorUserId(@Nullable Long supervisorUserId) {
		this.supervisorUserId = supervisorUserId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
