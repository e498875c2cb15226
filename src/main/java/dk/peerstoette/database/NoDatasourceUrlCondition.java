package dk.peerstoette.database;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** See {@link ConditionalOnNoDatasourceUrl}. */
class NoDatasourceUrlCondition extends SpringBootCondition {

	static final String URL_PROPERTY = "spring.datasource.url";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnNoDatasourceUrl.class);
		if (StringUtils.hasText(context.getEnvironment().getProperty(URL_PROPERTY))) {
			return ConditionOutcome.noMatch(message.found("property").items(URL_PROPERTY));
		}
		return ConditionOutcome.match(message.didNotFind("property").items(URL_PROPERTY));
	}

}
