package dk.peerstoette.outcome;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CHIME outcomes.
 *
 * @param changeThreshold how far (in points of the instrument's scale) a dimension must
 * move from baseline to count as improved or declined
 */
@ConfigurationProperties("app.outcomes")
public record OutcomeProperties(@DefaultValue("0.5") BigDecimal changeThreshold) {

}
