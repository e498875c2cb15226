package dk.peerstoette.checkin;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.peerstoette.instrument.InstrumentUse;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many check-ins answered each instrument: one in use keeps its wording. */
@Component
class CheckInInstrumentUse implements InstrumentUse {

	private final JdbcClient jdbc;

	CheckInInstrumentUse(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Long> uses(Collection<Long> instrumentIds) {
		if (instrumentIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> uses = new HashMap<>();
		this.jdbc.sql(
				"select instrument_id, count(*) from peer_checkin where instrument_id in (:ids) group by instrument_id")
			.param("ids", List.copyOf(instrumentIds))
			.query((RowCallbackHandler) (row) -> uses.put(row.getLong(1), row.getLong(2)));
		return uses;
	}

}
