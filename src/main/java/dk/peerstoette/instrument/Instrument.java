package dk.peerstoette.instrument;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.TransitionRefusedException;

/**
 * An instrument as the administration changes it. Its text, scale and items change only
 * while it is a draft nothing uses; otherwise a change is a new version. Its purpose is
 * fixed when it is made, and every version of its code keeps it.
 */
@Entity
class Instrument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private int versionNumber;

	private String nameDa;

	private String nameEn;

	private @Nullable String descriptionDa;

	private @Nullable String descriptionEn;

	private int scaleMin;

	private int scaleMax;

	private BigDecimal minAnsweredShare;

	@Enumerated(EnumType.STRING)
	private InstrumentStatus status = InstrumentStatus.DRAFT;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private InstrumentPurpose purpose;

	private Instant createdAt;

	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "instrument_anchor", joinColumns = @JoinColumn(name = "instrument_id"))
	@OrderBy("value")
	private List<InstrumentAnchor> anchors = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "instrument_item", joinColumns = @JoinColumn(name = "instrument_id"))
	@OrderBy("position")
	private List<InstrumentItem> items = new ArrayList<>();

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected Instrument() {
	}

	Instrument(String code, int versionNumber, InstrumentPurpose purpose, Instant now) {
		this.code = code;
		this.purpose = purpose;
		this.versionNumber = versionNumber;
		this.createdAt = now;
		this.updatedAt = now;
		this.nameDa = code;
		this.nameEn = code;
		this.minAnsweredShare = new BigDecimal("0.50");
	}

	/**
	 * A draft with this one's purpose, text, scale and items, as the next version of its
	 * code.
	 */
	Instrument copyAs(int nextVersionNumber, Instant now) {
		Instrument copy = new Instrument(this.code, nextVersionNumber, this.purpose, now);
		copy.define(this.nameDa, this.nameEn, this.descriptionDa, this.descriptionEn, this.scaleMin, this.scaleMax,
				this.minAnsweredShare, this.anchors, this.items, now);
		return copy;
	}

	void define(String nameDa, String nameEn, @Nullable String descriptionDa, @Nullable String descriptionEn,
			int scaleMin, int scaleMax, BigDecimal minAnsweredShare, List<InstrumentAnchor> anchors,
			List<InstrumentItem> items, Instant now) {
		if (this.status != InstrumentStatus.DRAFT) {
			throw new InstrumentNotEditableException();
		}
		this.nameDa = nameDa;
		this.nameEn = nameEn;
		this.descriptionDa = descriptionDa;
		this.descriptionEn = descriptionEn;
		this.scaleMin = scaleMin;
		this.scaleMax = scaleMax;
		this.minAnsweredShare = minAnsweredShare;
		this.anchors.clear();
		this.anchors.addAll(anchors);
		this.items.clear();
		this.items.addAll(items);
		this.updatedAt = now;
	}

	/** Takes a draft or a retired version into use; one in use already is refused. */
	void activate(Instant now) {
		if (this.status == InstrumentStatus.ACTIVE) {
			throw new TransitionRefusedException("instrument.alreadyActive");
		}
		this.status = InstrumentStatus.ACTIVE;
		this.updatedAt = now;
	}

	/** Retires a draft or the version in use; one retired already is refused. */
	void retire(Instant now) {
		if (this.status == InstrumentStatus.RETIRED) {
			throw new TransitionRefusedException("instrument.alreadyRetired");
		}
		this.status = InstrumentStatus.RETIRED;
		this.updatedAt = now;
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	int getVersionNumber() {
		return this.versionNumber;
	}

	String getNameDa() {
		return this.nameDa;
	}

	String getNameEn() {
		return this.nameEn;
	}

	@Nullable String getDescriptionDa() {
		return this.descriptionDa;
	}

	@Nullable String getDescriptionEn() {
		return this.descriptionEn;
	}

	int getScaleMin() {
		return this.scaleMin;
	}

	int getScaleMax() {
		return this.scaleMax;
	}

	BigDecimal getMinAnsweredShare() {
		return this.minAnsweredShare;
	}

	InstrumentStatus getStatus() {
		return this.status;
	}

	InstrumentPurpose getPurpose() {
		return this.purpose;
	}

	List<InstrumentAnchor> getAnchors() {
		return this.anchors;
	}

	List<InstrumentItem> getItems() {
		return this.items;
	}

	long getVersion() {
		return this.version;
	}

}
