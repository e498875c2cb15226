package dk.peerstoette.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An instrument's definition as typed in the form or read from an imported file: code,
 * purpose, names, descriptions, scale, labelled anchors, the share of a dimension's items
 * that must be answered, and the items. Rows left empty are ignored; the rules are
 * {@link InstrumentRules}.
 */
class InstrumentForm {

	/** Every point of the widest scale allowed can have a label. */
	static final int ANCHOR_ROWS = 11;

	static final int MIN_ITEM_ROWS = 20;

	static final int MORE_ITEM_ROWS = 10;

	private String code = "";

	private @Nullable InstrumentPurpose purpose = InstrumentPurpose.RECIPIENT_OUTCOME;

	private String nameDa = "";

	private String nameEn = "";

	private String descriptionDa = "";

	private String descriptionEn = "";

	private @Nullable Integer scaleMin;

	private @Nullable Integer scaleMax;

	private @Nullable BigDecimal minAnsweredShare = new BigDecimal("0.50");

	private List<AnchorRow> anchors = new ArrayList<>();

	private List<ItemRow> items = new ArrayList<>();

	private long version;

	static InstrumentForm of(Instrument instrument) {
		InstrumentForm form = new InstrumentForm();
		form.code = instrument.getCode();
		form.purpose = instrument.getPurpose();
		form.nameDa = instrument.getNameDa();
		form.nameEn = instrument.getNameEn();
		form.descriptionDa = (instrument.getDescriptionDa() != null) ? instrument.getDescriptionDa() : "";
		form.descriptionEn = (instrument.getDescriptionEn() != null) ? instrument.getDescriptionEn() : "";
		form.scaleMin = instrument.getScaleMin();
		form.scaleMax = instrument.getScaleMax();
		form.minAnsweredShare = instrument.getMinAnsweredShare();
		for (InstrumentAnchor anchor : instrument.getAnchors()) {
			form.anchors.add(new AnchorRow(anchor.value(), anchor.labelDa(), anchor.labelEn()));
		}
		for (InstrumentItem item : instrument.getItems()) {
			form.items.add(
					new ItemRow(item.position(), item.dimension(), item.textDa(), item.textEn(), item.reverseScored()));
		}
		form.version = instrument.getVersion();
		return form;
	}

	/**
	 * Adds empty rows after the typed ones, so that the form offers a row for every point
	 * of the scale and a few items more than typed.
	 * @param moreItems whether the user asked for more item rows
	 */
	InstrumentForm withEmptyRows(boolean moreItems) {
		while (this.anchors.size() < ANCHOR_ROWS) {
			this.anchors.add(new AnchorRow());
		}
		int itemRows = Math.max(MIN_ITEM_ROWS, this.items.size()) + (moreItems ? MORE_ITEM_ROWS : 0);
		while (this.items.size() < itemRows) {
			this.items.add(new ItemRow());
		}
		return this;
	}

	List<InstrumentAnchor> filledAnchors() {
		List<InstrumentAnchor> filled = new ArrayList<>();
		for (AnchorRow row : this.anchors) {
			if (!row.isEmpty()) {
				filled.add(new InstrumentAnchor(requireValue(row.value), row.labelDa.strip(), row.labelEn.strip()));
			}
		}
		return filled;
	}

	List<InstrumentItem> filledItems() {
		List<InstrumentItem> filled = new ArrayList<>();
		for (ItemRow row : this.items) {
			if (!row.isEmpty()) {
				filled.add(new InstrumentItem(requireValue(row.position), requireValue(row.dimension),
						row.textDa.strip(), row.textEn.strip(), row.reverse));
			}
		}
		filled.sort((a, b) -> Integer.compare(a.position(), b.position()));
		return filled;
	}

	static @Nullable String blankAsNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	private static <T> T requireValue(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("An unchecked form was saved");
		}
		return value;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(@Nullable String code) {
		this.code = (code != null) ? code : "";
	}

	public @Nullable InstrumentPurpose getPurpose() {
		return this.purpose;
	}

	public void setPurpose(@Nullable InstrumentPurpose purpose) {
		this.purpose = purpose;
	}

	public String getNameDa() {
		return this.nameDa;
	}

	public void setNameDa(@Nullable String nameDa) {
		this.nameDa = (nameDa != null) ? nameDa : "";
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(@Nullable String nameEn) {
		this.nameEn = (nameEn != null) ? nameEn : "";
	}

	public String getDescriptionDa() {
		return this.descriptionDa;
	}

	public void setDescriptionDa(@Nullable String descriptionDa) {
		this.descriptionDa = (descriptionDa != null) ? descriptionDa : "";
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(@Nullable String descriptionEn) {
		this.descriptionEn = (descriptionEn != null) ? descriptionEn : "";
	}

	public @Nullable Integer getScaleMin() {
		return this.scaleMin;
	}

	public void setScaleMin(@Nullable Integer scaleMin) {
		this.scaleMin = scaleMin;
	}

	public @Nullable Integer getScaleMax() {
		return this.scaleMax;
	}

	public void setScaleMax(@Nullable Integer scaleMax) {
		this.scaleMax = scaleMax;
	}

	public @Nullable BigDecimal getMinAnsweredShare() {
		return this.minAnsweredShare;
	}

	public void setMinAnsweredShare(@Nullable BigDecimal minAnsweredShare) {
		this.minAnsweredShare = minAnsweredShare;
	}

	public List<AnchorRow> getAnchors() {
		return this.anchors;
	}

	public void setAnchors(List<AnchorRow> anchors) {
		this.anchors = anchors;
	}

	public List<ItemRow> getItems() {
		return this.items;
	}

	public void setItems(List<ItemRow> items) {
		this.items = items;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/** A labelled point of the scale; a row with nothing typed is ignored. */
	public static class AnchorRow {

		private @Nullable Integer value;

		private String labelDa = "";

		private String labelEn = "";

		public AnchorRow() {
		}

		AnchorRow(@Nullable Integer value, String labelDa, String labelEn) {
			this.value = value;
			this.labelDa = labelDa;
			this.labelEn = labelEn;
		}

		boolean isEmpty() {
			return this.value == null && this.labelDa.isBlank() && this.labelEn.isBlank();
		}

		public @Nullable Integer getValue() {
			return this.value;
		}

		public void setValue(@Nullable Integer value) {
			this.value = value;
		}

		public String getLabelDa() {
			return this.labelDa;
		}

		public void setLabelDa(@Nullable String labelDa) {
			this.labelDa = (labelDa != null) ? labelDa : "";
		}

		public String getLabelEn() {
			return this.labelEn;
		}

		public void setLabelEn(@Nullable String labelEn) {
			this.labelEn = (labelEn != null) ? labelEn : "";
		}

	}

	/** An item; a row with nothing typed is ignored. */
	public static class ItemRow {

		private @Nullable Integer position;

		private @Nullable ItemDimension dimension;

		private String textDa = "";

		private String textEn = "";

		private boolean reverse;

		public ItemRow() {
		}

		ItemRow(@Nullable Integer position, @Nullable ItemDimension dimension, String textDa, String textEn,
				boolean reverse) {
			this.position = position;
			this.dimension = dimension;
			this.textDa = textDa;
			this.textEn = textEn;
			this.reverse = reverse;
		}

		boolean isEmpty() {
			return this.position == null && this.dimension == null && this.textDa.isBlank() && this.textEn.isBlank()
					&& !this.reverse;
		}

		public @Nullable Integer getPosition() {
			return this.position;
		}

		public void setPosition(@Nullable Integer position) {
			this.position = position;
		}

		public @Nullable ItemDimension getDimension() {
			return this.dimension;
		}

		public void setDimension(@Nullable ItemDimension dimension) {
			this.dimension = dimension;
		}

		public String getTextDa() {
			return this.textDa;
		}

		public void setTextDa(@Nullable String textDa) {
			this.textDa = (textDa != null) ? textDa : "";
		}

		public String getTextEn() {
			return this.textEn;
		}

		public void setTextEn(@Nullable String textEn) {
			this.textEn = (textEn != null) ? textEn : "";
		}

		public boolean isReverse() {
			return this.reverse;
		}

		public void setReverse(boolean reverse) {
			this.reverse = reverse;
		}

	}

}
