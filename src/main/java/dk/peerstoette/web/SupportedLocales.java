package dk.peerstoette.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets only the languages we have messages for through to the locale change. */
class SupportedLocales implements HandlerInterceptor {

	static final Set<String> LANGUAGES = Set.of("da", "en");

	private final LocaleChangeInterceptor delegate;

	SupportedLocales(LocaleChangeInterceptor delegate) {
		this.delegate = delegate;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws jakarta.servlet.ServletException {
		String lang = request.getParameter(this.delegate.getParamName());
		if (lang != null && LANGUAGES.contains(lang)) {
			return this.delegate.preHandle(request, response, handler);
		}
		return true;
	}

}
