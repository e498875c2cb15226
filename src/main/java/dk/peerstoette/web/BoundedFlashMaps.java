package dk.peerstoette.web;

import java.util.ArrayList;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The messages a form leaves for the page it redirects to ("the contact is saved"), kept
 * in the session as Spring's {@link SessionFlashMapManager} keeps them, but never more
 * than {@link #KEPT} at once. A browser follows each redirect at once and takes its
 * message; a client that sends forms without following them made the list grow for three
 * minutes, and with it the session row that every request reads from the database and
 * turns back into objects. The oldest messages go first. The list stays changeable: the
 * manager takes messages out of it on later requests.
 */
class BoundedFlashMaps extends SessionFlashMapManager {

	/** Enough for a user working in several tabs at once. */
	static final int KEPT = 10;

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		super.updateFlashMaps(
				(flashMaps.size() > KEPT)
						? new ArrayList<>(flashMaps.subList(flashMaps.size() - KEPT, flashMaps.size())) : flashMaps,
				request, response);
	}

}
