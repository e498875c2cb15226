package dk.peerstoette.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist or that the user may not see: both answer 404, so a URL
 * tells nobody whether a record out of their scope exists.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("Not found or out of scope");
	}

}
