package dk.peerstoette.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.peerstoette.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class FirstAdministratorTest {

	private final StaffAccountService accounts = mock(StaffAccountService.class);

	@Test
	void aWeakPasswordStopsTheStartAndCreatesNobody() {
		given(this.accounts.hasActiveAdministrator()).willReturn(false);
		FirstAdministrator first = new FirstAdministrator(this.accounts,
				new FirstAdministratorSettings("chief", "password1234"));
		assertThatThrownBy(first::afterSingletonsInstantiated).isInstanceOf(FirstAdministratorRefusedException.class)
			.hasMessageContaining("APP_ADMIN_PASSWORD is refused");
		verify(this.accounts, never()).provisionIfAbsent(anyString(), anyString(), anyString(), any(), any(), any());
	}

	@Test
	void aStrongPasswordCreatesTheAdministrator() {
		given(this.accounts.hasActiveAdministrator()).willReturn(false);
		new FirstAdministrator(this.accounts, new FirstAdministratorSettings("chief", "Long-enough-Heron-Pa55"))
			.afterSingletonsInstantiated();
		verify(this.accounts).provisionIfAbsent("chief", "Long-enough-Heron-Pa55", "chief", Role.ADMIN, null, null);
	}

	@Test
	void anExistingAdministratorIsLeftAlone() {
		given(this.accounts.hasActiveAdministrator()).willReturn(true);
		new FirstAdministrator(this.accounts, new FirstAdministratorSettings("chief", "weak"))
			.afterSingletonsInstantiated();
		verify(this.accounts, never()).provisionIfAbsent(anyString(), anyString(), anyString(), any(), any(), any());
	}

	@ParameterizedTest
	@CsvSource({ "short1!, password.tooShort", "abcdefghijklmnop, password.tooSimple",
			"chief-is-the-best-1, password.containsUsername", "Password1234, password.common",
			"aaaaaaaaaaaaaaa1, password.common" })
	void thePasswordPolicyNamesTheProblem(String password, String problem) {
		assertThat(PasswordPolicy.problem(password, "chief")).hasValue(problem);
	}

	@Test
	void thePasswordPolicyAcceptsALongVariedPassword() {
		assertThat(PasswordPolicy.problem("Correct-horse-battery-9", "chief")).isEmpty();
	}

}
