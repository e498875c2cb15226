package dk.peerstoette.instrument;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of an instrument's definition, the same for the form and for an imported
 * file: a purpose, texts in both languages, a scale of at most ten steps, anchors on the
 * scale, one item or more, each with a dimension the purpose allows (CHIME for a
 * recipients' instrument) and a position of its own.
 */
@Component
class InstrumentRules implements Validator {

	static final int MAX_ITEMS = 100;

	static final int MAX_SCALE_STEPS = 10;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	@Override
	public boolean supports(Class<?> type) {
		return InstrumentForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		InstrumentForm form = (InstrumentForm) target;
		if (text(errors, "code", form.getCode(), 40, true) && !CODE.matcher(form.getCode().strip()).matches()) {
			errors.rejectValue("code", "instrument.code.pattern");
		}
		required(errors, "purpose", form.getPurpose());
		text(errors, "nameDa", form.getNameDa(), 150, true);
		text(errors, "nameEn", form.getNameEn(), 150, true);
		text(errors, "descriptionDa", form.getDescriptionDa(), 1000, false);
		text(errors, "descriptionEn", form.getDescriptionEn(), 1000, false);
		boolean scaleKnown = required(errors, "scaleMin", form.getScaleMin())
				& required(errors, "scaleMax", form.getScaleMax());
		if (scaleKnown) {
			int min = form.getScaleMin();
			int max = form.getScaleMax();
			if (max <= min) {
				errors.rejectValue("scaleMax", "instrument.scale.order");
				scaleKnown = false;
			}
			else if (max - min > MAX_SCALE_STEPS) {
				errors.rejectValue("scaleMax", "instrument.scale.tooWide", new Object[] { MAX_SCALE_STEPS }, null);
				scaleKnown = false;
			}
		}
		BigDecimal share = form.getMinAnsweredShare();
		if (required(errors, "minAnsweredShare", share)) {
			if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
				errors.rejectValue("minAnsweredShare", "instrument.share.range");
			}
			else if (share.stripTrailingZeros().scale() > 2) {
				errors.rejectValue("minAnsweredShare", "instrument.share.digits");
			}
		}
		anchors(errors, form.getAnchors(), scaleKnown ? form.getScaleMin() : null,
				scaleKnown ? form.getScaleMax() : null);
		items(errors, form.getItems(), form.getPurpose());
	}

	private void anchors(Errors errors, List<InstrumentForm.AnchorRow> rows, @Nullable Integer min,
			@Nullable Integer max) {
		Set<Integer> values = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			InstrumentForm.AnchorRow row = rows.get(i);
			String prefix = "anchors[" + i + "].";
			if (row.isEmpty()) {
				continue;
			}
			Integer value = row.getValue();
			if (required(errors, prefix + "value", value)) {
				if (min != null && max != null && (value < min || value > max)) {
					errors.rejectValue(prefix + "value", "instrument.anchor.offScale", new Object[] { min, max }, null);
				}
				else if (!values.add(value)) {
					errors.rejectValue(prefix + "value", "instrument.anchor.duplicate");
				}
			}
			text(errors, prefix + "labelDa", row.getLabelDa(), 60, true);
			text(errors, prefix + "labelEn", row.getLabelEn(), 60, true);
		}
	}

	private void items(Errors errors, List<InstrumentForm.ItemRow> rows, @Nullable InstrumentPurpose purpose) {
		Set<Integer> positions = new HashSet<>();
		int filled = 0;
		for (int i = 0; i < rows.size(); i++) {
			InstrumentForm.ItemRow row = rows.get(i);
			String prefix = "items[" + i + "].";
			if (row.isEmpty()) {
				continue;
			}
			filled++;
			Integer position = row.getPosition();
			if (required(errors, prefix + "position", position)) {
				if (position < 1) {
					errors.rejectValue(prefix + "position", "instrument.item.position.positive");
				}
				else if (!positions.add(position)) {
					errors.rejectValue(prefix + "position", "instrument.item.position.duplicate");
				}
			}
			if (required(errors, prefix + "dimension", row.getDimension()) && purpose != null
					&& !purpose.dimensions().contains(row.getDimension())) {
				errors.rejectValue(prefix + "dimension", "instrument.item.dimension.purpose");
			}
			text(errors, prefix + "textDa", row.getTextDa(), 300, true);
			text(errors, prefix + "textEn", row.getTextEn(), 300, true);
		}
		if (filled == 0) {
			errors.rejectValue("items", "instrument.items.none");
		}
		else if (filled > MAX_ITEMS) {
			errors.rejectValue("items", "instrument.items.tooMany", new Object[] { MAX_ITEMS }, null);
		}
	}

	/**
	 * @return whether the field holds a value (a wrong one already has its message)
	 */
	private static boolean required(Errors errors, String field, @Nullable Object value) {
		if (errors.hasFieldErrors(field)) {
			return false;
		}
		if (value == null) {
			// A choice not made, or a number not typed
			errors.rejectValue(field,
					(field.endsWith("dimension") || field.equals("purpose")) ? "NotNull" : "NotBlank");
			return false;
		}
		return true;
	}

	/**
	 * @return whether the text is there and short enough
	 */
	private static boolean text(Errors errors, String field, String text, int max, boolean required) {
		if (text.isBlank()) {
			if (required) {
				errors.rejectValue(field, "NotBlank");
			}
			return false;
		}
		if (text.strip().length() > max) {
			errors.rejectValue(field, "Size", new Object[] { field, max, 0 }, null);
			return false;
		}
		return true;
	}

}
