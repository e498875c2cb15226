package dk.peerstoette.account;

import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormSubmission;
import dk.peerstoette.web.ListPages;

import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
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

	private final UserService users;

	private final ProgrammeDirectory structure;

	UserAdminController(UserService users, ProgrammeDirectory structure) {
		this.users = users;
		this.structure = structure;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
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
		model.addAttribute("page",
				this.users.list(new UserListQuery(text, role, active), ListPages.of(pageable, SORTABLE, "username")));
		model.addAttribute("q", (text != null) ? text : "");
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
		Optional<Long> id = FormSubmission.submit(result, (problems) -> this.users.create(form, problems));
		if (id.isPresent()) {
			redirect.addFlashAttribute("success", "user.created");
			return "redirect:/admin/users/" + id.get();
		}
		// Passwords are never sent back to the browser.
		form.setPassword("");
		form.setPasswordRepeat("");
		return "account/new";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		UserDetailsView user = this.users.read(id);
		model.addAttribute("user", user);
		model.addAttribute("editUserForm", user.form());
		return "account/edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("editUserForm") EditUserForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser me, Model model, RedirectAttributes redirect) {
		if (FormSubmission.save(result, (problems) -> this.users.update(id, form, me.getId(), problems))) {
			redirect.addFlashAttribute("success", "user.saved");
			return "redirect:/admin/users/" + id;
		}
		model.addAttribute("user", this.users.read(id));
		return "account/edit";
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam long version,
			@AuthenticationPrincipal StaffUser me, RedirectAttributes redirect) {
		FormSubmission.change(redirect, active ? "user.activated" : "user.deactivated",
				() -> this.users.setActive(id, active, version, me.getId()));
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/{id}/password")
	String passwordForm(@PathVariable long id, Model model) {
		UserDetailsView user = this.users.read(id);
		PasswordResetForm form = new PasswordResetForm();
		form.setVersion(user.version());
		model.addAttribute("user", user);
		model.addAttribute("passwordResetForm", form);
		return "account/password";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordResetForm") PasswordResetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormSubmission.save(result, (problems) -> this.users.resetPassword(id, form, problems))) {
			redirect.addFlashAttribute("success", "user.passwordReset");
			return "redirect:/admin/users/" + id;
		}
		form.setPassword("");
		form.setPasswordRepeat("");
		model.addAttribute("user", this.users.read(id));
		return "account/password";
	}

}
