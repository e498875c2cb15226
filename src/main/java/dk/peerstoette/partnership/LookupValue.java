package dk.peerstoette.partnership;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** One value of a managed list, named in Danish and English. */
@Entity
public class LookupValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private ListName listName;

	private String code;

	private String nameDa;

	private String nameEn;

	private int sortOrder;

	private boolean active = true;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected LookupValue() {
	}

	public LookupValue(ListName listName, String code, String nameDa, String nameEn, int sortOrder) {
		this.listName = listName;
		this.code = code;
		this.nameDa = nameDa;
		this.nameEn = nameEn;
		this.sortOrder = sortOrder;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public ListName getListName() {
		return this.listName;
	}

	public String getCode() {
		return this.code;
	}

	public String getNameDa() {
		return this.nameDa;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	/** The name in the user's language: English for English, Danish otherwise. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameDa;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean isActive() {
		return this.active;
	}

	public long getVersion() {
		return this.version;
	}

	public void rename(String nameDa, String nameEn, int sortOrder) {
		this.nameDa = nameDa;
		this.nameEn = nameEn;
		this.sortOrder = sortOrder;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
