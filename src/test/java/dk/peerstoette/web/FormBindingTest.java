package dk.peerstoette.web;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * A posted id never reaches a form object, whichever controller binds it: the rule is
 * declared once for all controllers, not per controller.
 */
class FormBindingTest {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new EchoController())
		.setControllerAdvice(new FormBinding())
		.build();

	@Test
	void aPostedIdIsNotBoundWhileTheOtherFieldsAre() throws Exception {
		this.mvc.perform(post("/echo").param("id", "42").param("name", "Mette"))
			.andExpect(content().string("id=null name=Mette"));
	}

	@RestController
	static class EchoController {

		@PostMapping("/echo")
		String echo(@ModelAttribute Form form) {
			return "id=" + form.getId() + " name=" + form.getName();
		}

	}

	public static class Form {

		private Long id;

		private String name;

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

}
