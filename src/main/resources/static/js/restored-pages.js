/*
 * Every page of the application holds personal data or leads to it, so the server decides
 * each time whether it may be shown (the session may have ended, or the device been handed
 * to a recipient on the locked self-report screen). A page the browser keeps in its
 * back/forward cache would come back on Back without asking: it is blanked as it is put
 * away, and reloaded from the server when it comes back.
 */
(function () {
	'use strict';

	window.addEventListener('pagehide', function (event) {
		if (event.persisted) {
			document.body.hidden = true;
		}
	});
	window.addEventListener('pageshow', function (event) {
		if (event.persisted) {
			window.location.reload();
		}
	});
})();
