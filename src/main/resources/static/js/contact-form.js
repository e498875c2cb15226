/*
 * The contact form: a quick pick and a typed duration exclude each other (typing clears the
 * pick, picking clears what was typed), and the save button cannot be pressed twice. Without
 * this script the typed minutes win, and the one-time token stops a second save.
 */
(function () {
	'use strict';

	var form = document.getElementById('contact-form');
	if (!form) {
		return;
	}
	var typed = form.querySelector('input[name="otherMinutes"]');
	var picks = form.querySelectorAll('input[name="durationMinutes"]');

	if (typed) {
		typed.addEventListener('input', function () {
			if (typed.value !== '') {
				picks.forEach(function (pick) {
					pick.checked = false;
				});
			}
		});
		picks.forEach(function (pick) {
			pick.addEventListener('change', function () {
				if (pick.checked) {
					typed.value = '';
				}
			});
		});
	}

	form.addEventListener('submit', function () {
		form.querySelectorAll('button[type="submit"]').forEach(function (button) {
			// After the submit has started, so the button's own value still goes along.
			window.setTimeout(function () {
				button.disabled = true;
			}, 0);
		});
	});
})();
