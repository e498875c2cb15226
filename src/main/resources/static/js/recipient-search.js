/*
 * A form's recipient search: typing two or more characters asks the server (data-url) for
 * recipients the user may choose; choosing one puts its internal number in the field named
 * by data-field, or adds it to a list of numbers when data-many is set (a course's
 * recipients). A recipient the server marks as without the needed consent gets the badge
 * text of data-no-consent; the server refuses them on saving anyway. Without this script
 * the numbers are typed by hand.
 */
(function () {
	'use strict';

	var box = document.getElementById('recipient-search');
	var field = document.getElementById(box ? box.dataset.field : '');
	var many = box && box.dataset.many !== undefined;
	if (!box || !field || !window.fetch) {
		return;
	}
	var input = document.getElementById('recipient-search-q');
	var results = document.getElementById('recipient-search-results');
	var none = document.getElementById('recipient-search-none');
	var timer = null;
	var latest = 0;
	box.classList.remove('d-none');

	function numbers() {
		return field.value.split(/[,;\s]+/).filter(function (number) {
			return number.length > 0;
		});
	}

	function clear() {
		results.replaceChildren();
		none.classList.add('d-none');
	}

	function add(number) {
		var current = numbers();
		var known = current.some(function (existing) {
			return existing.toUpperCase() === number.toUpperCase();
		});
		if (!many) {
			field.value = number;
			input.value = '';
			clear();
			field.focus();
			return;
		}
		if (!known) {
			current.push(number);
			field.value = current.join(', ');
		}
		input.value = '';
		clear();
		field.focus();
	}

	function show(options) {
		clear();
		none.classList.toggle('d-none', options.length > 0);
		options.forEach(function (option) {
			var item = document.createElement('li');
			item.className = 'list-group-item p-0';
			var button = document.createElement('button');
			button.type = 'button';
			button.className = 'btn btn-link w-100 text-start';
			button.textContent = option.label;
			if (option.consent === false && box.dataset.noConsent) {
				var note = document.createElement('span');
				note.className = 'badge text-bg-warning ms-2';
				note.textContent = box.dataset.noConsent;
				button.appendChild(note);
			}
			button.addEventListener('click', function () {
				add(option.number);
			});
			item.appendChild(button);
			results.appendChild(item);
		});
	}

	input.addEventListener('input', function () {
		window.clearTimeout(timer);
		var text = input.value.trim();
		if (text.length < 2) {
			clear();
			return;
		}
		timer = window.setTimeout(function () {
			var request = ++latest;
			fetch(box.dataset.url + '?q=' + encodeURIComponent(text), {
				headers: { Accept: 'application/json' },
				credentials: 'same-origin'
			}).then(function (response) {
				if (!response.ok) {
					throw new Error('HTTP ' + response.status);
				}
				return response.json();
			}).then(function (options) {
				if (request === latest) {
					show(options);
				}
			}).catch(function () {
				clear();
			});
		}, 250);
	});

	// Enter in the search box must not submit the form.
	input.addEventListener('keydown', function (event) {
		if (event.key === 'Enter') {
			event.preventDefault();
		}
	});
})();
