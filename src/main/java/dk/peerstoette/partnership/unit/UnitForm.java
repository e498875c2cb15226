package dk.peerstoette.partnership.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Sector;
import dk.peerstoette.partnership.Unit;
import dk.peerstoette.partnership.UnitKind;

/**
 * A unit's name, organisation, kind and sector; carries the version that was read when
 * editing.
 */
class UnitForm {

	@NotBlank
	@Size(max = 150)
	private String name = "";

	@NotNull
	private @Nullable Long organisationId;

	@NotNull
	private @Nullable UnitKind kind;

	@NotNull
	private @Nullable Sector sector;

	private long version;

	static UnitForm of(Unit unit) {
		UnitForm form = new UnitForm();
		form.name = unit.getName();
		form.organisationId = unit.getOrganisation().getId();
		form.kind = unit.getKind();
		form.sector = unit.getSector();
		form.version = unit.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(@Nullable Long organisationId) {
		this.organisationId = organisationId;
	}

	public @Nullable UnitKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable UnitKind kind) {
		this.kind = kind;
	}

	public @Nullable Sector getSector() {
		return this.sector;
	}

	public void setSector(@Nullable Sector sector) {
		this.sector = sector;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
