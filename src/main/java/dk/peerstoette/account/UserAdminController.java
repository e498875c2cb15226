package dk.peerstoette.account;

import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.ListPages;
import dk.peerstoette.web.RecordPages;

import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages for staff users: list, create, edit, (de)activate, reset
 * password.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final Map<String, String> SORTABLE = Map.of("username", "u.username", "name", "u.fullName", "role",
			"u.role", "organisation", "o.name", "active", "u.active");

	private static final RecordPages PAGES = new RecordPages("/admin/users", "user.saved", "user.activated",
			"user.deactivated");

	private final UserService users;

	private final ProgrammeDirectory structure;

	UserAdminController(UserService users, ProgrammeDirectory structure) {
		this.users = users;
		this.structure = structure;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisations", this.structure.organisationChoices());
		model.addAttribute("partnerships", this.structure.partnershipChoices());
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "role", required = false) @Nullable Role role,
			@RequestParam(name = "active", required = false) @Nullable Boolean active, Pageable pageable, Model model) {
		RecordPages.list(model,
				this.users.list(new UserListQuery(text, role, active), ListPages.of(pageable, SORTABLE, "username")),
				text);
		model.addAttribute("selectedRole", role);
		model.addAttribute("selectedActive", active);
		return "account/list";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("newUserForm", new NewUserForm());
		return "account/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("newUserForm") NewUserForm form, BindingResult result,
			RedirectAttributes redirect) {
		return PAGES.create(result, redirect, "user.created", (problems) -> this.users.create(form, problems), () -> {
			// Passwords are never sent back to the browser.
			form.setPassword("");
			form.setPasswordRepeat("");
			return "account/new";
		});
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		UserDetailsView user = this.users.read(id);
		model.addAttribute("editUserForm", user.form());
		return editPage(user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("editUserForm") EditUserForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser me, Model model, RedirectAttributes redirect) {
		return PAGES.update(id, result, redirect, (problems) -> this.users.update(id, form, me.getId(), problems),
				() -> editPage(this.users.read(id), model));
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam long version,
			@AuthenticationPrincipal StaffUser me, RedirectAttributes redirect) {
		return PAGES.setActive(id, active, redirect, () -> this.users.setActive(id, active, version, me.getId()));
	}

	@GetMapping("/{id}/password")
	String passwordForm(@PathVariable long id, Model model) {
		UserDetailsView user = this.users.read(id);
		PasswordResetForm form = new PasswordResetForm();
		form.setVersion(user.version());
		model.addAttribute("passwordResetForm", form);
		return passwordPage(user, model);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordResetForm") PasswordResetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return PAGES.change(id, result, redirect, "user.passwordReset",
				(problems) -> this.users.resetPassword(id, form, problems), () -> {
					form.setPassword("");
					form.setPasswordRepeat("");
					return passwordPage(this.users.read(id), model);
				});
	}

	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
		this.users.resetSecondFactor(id);
		redirect.addFlashAttribute("success", "user.secondFactorReset");
		return "redirect:/admin/users/" + id;
	}

	private static String editPage(UserDetailsView user, Model model) {
		model.addAttribute("user", user);
		return "account/edit";
	}

	private static String passwordPage(UserDetailsView user, Model model) {
		model.addAttribute("user", user);
		return "account/password";
	}

}
