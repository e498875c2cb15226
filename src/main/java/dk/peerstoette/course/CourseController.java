package dk.peerstoette.course;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.peer.PeerDirectory;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.CprNumbers;
import dk.peerstoette.web.FormSubmission;
import dk.peerstoette.web.ListPages;
import dk.peerstoette.web.SearchOption;

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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Courses (forløb): the list, a course's page, and the coordinator's forms to create and
 * change (and end) a course. Scope and audit are the service's.
 */
@Controller
@RequestMapping("/courses")
class CourseController {

	/** The free-text fields, which warn of what looks like a CPR number. */
	private static final String[] TEXTS = { "title", "goals" };

	private final CourseService courses;

	private final ProgrammeDirectory structure;

	private final PeerDirectory peers;

	CourseController(CourseService courses, ProgrammeDirectory structure, PeerDirectory peers) {
		this.courses = courses;
		this.structure = structure;
		this.peers = peers;
	}

	@InitBinder("courseForm")
	void initBinder(WebDataBinder binder) {
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", CourseKind.values());
		model.addAttribute("bridgeDestinations", BridgeDestination.values());
		model.addAttribute("statuses", CourseStatus.values());
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "unit", required = false) @Nullable Long unitId,
			@RequestParam(name = "status", required = false) @Nullable CourseStatus status,
			@RequestParam(name = "kind", required = false) @Nullable CourseKind kind,
			@RequestParam(name = "peer", required = false) @Nullable Long peerWorkerId,
			@RequestParam(name = "rule", required = false) @Nullable String rule,
			@AuthenticationPrincipal StaffUser user, Pageable pageable, Model model) {
		boolean mentorRule = "mentor".equals(rule);
		model.addAttribute("page",
				this.courses.list(user, new CourseListQuery(text, unitId, status, kind, peerWorkerId, mentorRule),
						ListPages.of(pageable, CourseQueries.SORTABLE, "start")));
		Long organisationId = user.getOrganisationId();
		model.addAttribute("units", (organisationId != null) ? this.structure.unitChoices(organisationId) : List.of());
		model.addAttribute("peerWorkers", (user.getRole() == Role.COORDINATOR && organisationId != null)
				? this.peers.activeChoices(organisationId) : List.<Choice>of());
		model.addAttribute("coordinator", user.getRole() == Role.COORDINATOR);
		model.addAttribute("q", (text != null) ? text : "");
		model.addAttribute("selectedUnit", unitId);
		model.addAttribute("selectedStatus", status);
		model.addAttribute("selectedKind", kind);
		model.addAttribute("selectedPeer", peerWorkerId);
		model.addAttribute("mentorRule", mentorRule);
		return "course/list";
	}

	@GetMapping("/new")
	String newCourse(@RequestParam(name = "recipientId", required = false) @Nullable Long recipientId,
			@RequestParam(name = "unitId", required = false) @Nullable Long unitId,
			@RequestParam(name = "kind", required = false) @Nullable CourseKind kind,
			@AuthenticationPrincipal StaffUser user, Model model, Locale locale) {
		CourseForm form = this.courses.newForm(user, recipientId, unitId);
		form.setKind(kind);
		model.addAttribute("courseForm", form);
		model.addAttribute("choices", this.courses.formChoices(user, form, null, locale));
		return "course/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("courseForm") CourseForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
		CprNumbers.warn(result, form.isCprConfirmed(), TEXTS);
		Optional<SavedCourse> saved = FormSubmission.submit(result,
				(problems) -> this.courses.create(user, form, problems));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("success",
					saved.get().breaksMentorRule() ? "course.createdBreaksMentorRule" : "course.created");
			return "redirect:/courses/" + saved.get().id();
		}
		model.addAttribute("choices", this.courses.formChoices(user, form, null, locale));
		return "course/new";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model, Locale locale) {
		model.addAttribute("course", this.courses.read(user, id, locale));
		return "course/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model, Locale locale) {
		CourseForm form = this.courses.editForm(user, id);
		model.addAttribute("courseId", id);
		model.addAttribute("courseForm", form);
		model.addAttribute("choices", this.courses.formChoices(user, form, id, locale));
		return "course/edit";
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("courseForm") CourseForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
		CprNumbers.warn(result, form.isCprConfirmed(), TEXTS);
		Optional<SavedCourse> saved = FormSubmission.submit(result,
				(problems) -> this.courses.update(user, id, form, problems));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("success",
					saved.get().breaksMentorRule() ? "course.savedBreaksMentorRule" : "course.saved");
			return "redirect:/courses/" + id;
		}
		model.addAttribute("courseId", id);
		model.addAttribute("choices", this.courses.formChoices(user, form, id, locale));
		return "course/edit";
	}

	/**
	 * The search box of every form that picks a course (combobox.js): at most a few
	 * courses in the user's scope, only group courses ({@code group=true}) or only those
	 * that have started ({@code started=true}) if asked.
	 */
	@GetMapping(path = "/search", produces = "application/json")
	@ResponseBody
	List<SearchOption> search(@RequestParam(name = "q", defaultValue = "") String text,
			@RequestParam(name = "group", defaultValue = "false") boolean group,
			@RequestParam(name = "started", defaultValue = "false") boolean started,
			@AuthenticationPrincipal StaffUser user, Locale locale) {
		return this.courses.find(user, new CourseSearch.Query(text, group, started), "SEARCH_BOX", locale);
	}

}
