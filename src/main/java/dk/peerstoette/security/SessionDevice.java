package dk.peerstoette.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a session was signed in from, as its owner would recognise it ("Firefox on
 * Windows"): the browser's User-Agent cut down to two names, so that the session table
 * holds no more about the device than that. Kept in the session at sign-in.
 */
public record SessionDevice(Browser browser, OperatingSystem system) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The session attribute the device is kept under. */
	static final String ATTRIBUTE = SessionDevice.class.getName();

	/** The device named by a User-Agent header; unknown parts are {@code OTHER}. */
	public static SessionDevice of(@Nullable String userAgent) {
		String agent = (userAgent != null) ? userAgent.toLowerCase(Locale.ROOT) : "";
		return new SessionDevice(Browser.of(agent), OperatingSystem.of(agent));
	}

	/** Browsers by name; the order of the checks matters, as each claims to be others. */
	public enum Browser {

		EDGE, OPERA, SAMSUNG_INTERNET, FIREFOX, CHROME, SAFARI, OTHER;

		static Browser of(String agent) {
			if (agent.contains("edg/") || agent.contains("edga/") || agent.contains("edgios/")) {
				return EDGE;
			}
			if (agent.contains("opr/") || agent.contains("opera")) {
				return OPERA;
			}
			if (agent.contains("samsungbrowser/")) {
				return SAMSUNG_INTERNET;
			}
			if (agent.contains("firefox/") || agent.contains("fxios/")) {
				return FIREFOX;
			}
			if (agent.contains("chrome/") || agent.contains("crios/") || agent.contains("chromium/")) {
				return CHROME;
			}
			if (agent.contains("safari/")) {
				return SAFARI;
			}
			return OTHER;
		}

	}

	/**
	 * Operating systems by name; iOS says "like Mac OS X" and Android "Linux", so they
	 * come first.
	 */
	public enum OperatingSystem {

		WINDOWS, IOS, ANDROID, CHROME_OS, MACOS, LINUX, OTHER;

		static OperatingSystem of(String agent) {
			if (agent.contains("windows")) {
				return WINDOWS;
			}
			if (agent.contains("iphone") || agent.contains("ipad") || agent.contains("ipod")) {
				return IOS;
			}
			if (agent.contains("android")) {
				return ANDROID;
			}
			if (agent.contains("cros ")) {
				return CHROME_OS;
			}
			if (agent.contains("mac os x") || agent.contains("macintosh")) {
				return MACOS;
			}
			if (agent.contains("linux")) {
				return LINUX;
			}
			return OTHER;
		}

	}

}
