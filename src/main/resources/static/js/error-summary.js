/*
 * A form that comes back refused starts with a summary of its problems, each a link to
 * its field (fragments/forms.html, errorSummary). Here the summary lists the problems in
 * the order of the fields on the page and takes the focus, so that a screen reader reads
 * it and a phone shows it; a link then moves the focus to its field, with the field's
 * label in view. Without this script the links still lead to the fields as anchors.
 */
(function () {
	'use strict';

	var FIELDS = 'input:not([type=hidden]), select, textarea, button';

	/** The field a summary link stands for: by id, else the first of its name. */
	function fieldOf(link) {
		var element = document.getElementById(decodeURIComponent(link.hash.slice(1)));
		if (element && !element.matches(FIELDS)) {
			element = element.querySelector(FIELDS);
		}
		if (!element) {
			var named = document.getElementsByName(link.getAttribute('data-field'));
			element = named.length ? named[0] : null;
		}
		return element;
	}

	function labelOf(field) {
		return (field.id && document.querySelector('label[for="' + CSS.escape(field.id) + '"]'))
			|| field.closest('fieldset') || field;
	}

	/** Problems in the order of their fields; problems of the whole form first. */
	function order(list) {
		var items = Array.prototype.slice.call(list.children);
		var position = function (item) {
			var link = item.querySelector('a[data-field]');
			return link ? fieldOf(link) : null;
		};
		items.sort(function (a, b) {
			var first = position(a);
			var second = position(b);
			if (!first || !second) {
				return (first ? 1 : 0) - (second ? 1 : 0);
			}
			return (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING) ? -1 : 1;
		});
		items.forEach(function (item) {
			list.appendChild(item);
		});
	}

	var summaries = document.querySelectorAll('.error-summary');
	Array.prototype.forEach.call(summaries, function (summary) {
		if (summary.hasAttribute('data-ready')) {
			return;
		}
		summary.setAttribute('data-ready', '');
		var list = summary.querySelector('ul');
		if (list) {
			order(list);
		}
		summary.addEventListener('click', function (event) {
			var link = event.target.closest('a[data-field]');
			var field = link && fieldOf(link);
			if (!field) {
				return;
			}
			event.preventDefault();
			labelOf(field).scrollIntoView();
			field.focus({ preventScroll: true });
		});
	});
	if (summaries.length && !summaries[0].contains(document.activeElement)) {
		// Scrolls only if it is out of view: the page's heading stays above it.
		summaries[0].focus();
	}
})();
