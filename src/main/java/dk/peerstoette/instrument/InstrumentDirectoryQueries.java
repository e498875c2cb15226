package dk.peerstoette.instrument;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.peerstoette.partnership.Choice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads instruments for other modules, in three small queries and no entities. */
@Service
@Transactional(readOnly = true)
class InstrumentDirectoryQueries implements InstrumentDirectory {

	private final JdbcClient jdbc;

	InstrumentDirectoryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Choice> activeChoices(InstrumentPurpose purpose, Locale locale) {
		String name = Locales.isDanish(locale) ? "name_da" : "name_en";
		return this.jdbc
			.sql("select id, " + name + " || ' (v' || version_number || ')' as name from instrument"
					+ " where status = 'ACTIVE' and purpose = ? order by lower(" + name + "), version_number desc")
			.param(purpose.name())
			.query(Choice.class)
			.list();
	}

	@Override
	public Optional<InstrumentDefinition> definition(long instrumentId) {
		Optional<Head> head = this.jdbc
			.sql("select id, code, version_number, name_da, name_en, description_da, description_en, scale_min,"
					+ " scale_max, min_answered_share, status, purpose from instrument where id = ?")
			.param(instrumentId)
			.query(Head.class)
			.optional();
		return head.map(this::withAnchorsAndItems);
	}

	@Override
	public Optional<InstrumentDefinition> standard(InstrumentPurpose purpose) {
		return this.jdbc
			.sql("select id from instrument where status = 'ACTIVE' and purpose = ?"
					+ " order by (code = ?) desc, lower(name_da), version_number desc limit 1")
			.param(purpose.name())
			.param(purpose.standardCode())
			.query(Long.class)
			.optional()
			.flatMap(this::definition);
	}

	private InstrumentDefinition withAnchorsAndItems(Head head) {
		List<InstrumentDefinition.Anchor> anchors = this.jdbc
			.sql("select scale_value, label_da, label_en from instrument_anchor where instrument_id = ?"
					+ " order by scale_value")
			.param(head.id())
			.query((rs, row) -> new InstrumentDefinition.Anchor(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
		List<InstrumentDefinition.Item> items = this.jdbc
			.sql("select id, position, dimension, text_da, text_en, reverse_scored from instrument_item"
					+ " where instrument_id = ? order by position")
			.param(head.id())
			.query((rs, row) -> new InstrumentDefinition.Item(rs.getLong(1), rs.getInt(2),
					ItemDimension.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getBoolean(6)))
			.list();
		return new InstrumentDefinition(head.id(), head.code(), head.versionNumber(), head.nameDa(), head.nameEn(),
				head.descriptionDa(), head.descriptionEn(), head.scaleMin(), head.scaleMax(), head.minAnsweredShare(),
				InstrumentStatus.valueOf(head.status()), InstrumentPurpose.valueOf(head.purpose()), anchors, items);
	}

	private record Head(long id, String code, int versionNumber, String nameDa, String nameEn,
			@org.jspecify.annotations.Nullable String descriptionDa,
			@org.jspecify.annotations.Nullable String descriptionEn, int scaleMin, int scaleMax,
			java.math.BigDecimal minAnsweredShare, String status, String purpose) {
	}

}
