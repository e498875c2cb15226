package dk.peerstoette.partnership.managedlist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.LookupValue;

/**
 * A managed-list value's names and place in the list; carries the version that was read
 * when editing. The code is fixed once created (see {@link NewLookupValueForm}).
 */
class LookupValueForm {

	@NotBlank
	@Size(max = 150)
	private String nameDa = "";

	@NotBlank
	@Size(max = 150)
	private String nameEn = "";

	@NotNull
	private @Nullable Integer sortOrder;

	private long version;

	static LookupValueForm of(LookupValue value) {
		LookupValueForm form = new LookupValueForm();
		form.nameDa = value.getNameDa();
		form.nameEn = value.getNameEn();
		form.sortOrder = value.getSortOrder();
		form.version = value.getVersion();
		return form;
	}

	public String getNameDa() {
		return this.nameDa;
	}

	public void setNameDa(String nameDa) {
		this.nameDa = nameDa;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public @Nullable Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(@Nullable Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
