/*
 * The search box of every form that picks a course or a recipient (fragments/search.html):
 * an accessible combobox (WAI-ARIA 1.2 pattern, list autocomplete). Typing two or more
 * characters asks the server (data-url, JSON SearchOptions) and shows the answers in a
 * listbox; up and down move through them, Enter or a tap picks one, Escape closes the list
 * (a second Escape empties the box), and a live region says how many were found and what
 * was picked. Picking puts the answer where data-target says:
 *  - a text field gets its id or number (data-value), or has it added to a list of
 *    numbers (data-mode="add");
 *  - a list of radio buttons gets it checked, added from its <template> first if the
 *    answer is not among them yet.
 * Enter in the box with the list closed does not submit a form, except the one named by
 * data-submit once something is picked (a choice step: type, arrow down, Enter, Enter).
 * Without this script the box is a plain search field of a GET form (data-form) that the
 * server answers with the same choices.
 */
(function () {
	'use strict';

	if (!window.fetch) {
		return;
	}

	var count = 0;

	function format(template, value) {
		return (template || '').replace('{0}', value);
	}

	function enhance(box) {
		var input = box.querySelector('input[data-combobox-input]');
		var listbox = box.querySelector('[role="listbox"]');
		var status = box.querySelector('[data-combobox-status]');
		var target = document.getElementById(box.dataset.target);
		if (!input || !listbox || !status || !target || box.classList.contains('combobox-enhanced')) {
			return;
		}
		var base = box.id || ('combobox-' + (++count));
		var options = [];
		var active = -1;
		var timer = null;
		var latest = 0;
		var picked = false;

		input.setAttribute('role', 'combobox');
		input.setAttribute('aria-autocomplete', 'list');
		input.setAttribute('aria-expanded', 'false');
		input.setAttribute('aria-controls', listbox.id);
		// The server-side search button is for a browser without this script.
		box.querySelectorAll('[data-combobox-fallback]').forEach(function (fallback) {
			fallback.hidden = true;
		});
		box.classList.add('combobox-enhanced');
		box.hidden = false;

		function announce(text) {
			// A change of text is what a screen reader announces.
			status.textContent = '';
			window.setTimeout(function () {
				status.textContent = text;
			}, 50);
		}

		function close() {
			listbox.hidden = true;
			input.setAttribute('aria-expanded', 'false');
			input.removeAttribute('aria-activedescendant');
			active = -1;
		}

		function open() {
			if (options.length > 0) {
				listbox.hidden = false;
				input.setAttribute('aria-expanded', 'true');
			}
		}

		function highlight(index) {
			var items = listbox.querySelectorAll('[role="option"]');
			items.forEach(function (item, i) {
				item.setAttribute('aria-selected', i === index ? 'true' : 'false');
				item.classList.toggle('active', i === index);
			});
			active = index;
			if (index >= 0 && items[index]) {
				input.setAttribute('aria-activedescendant', items[index].id);
				items[index].scrollIntoView({ block: 'nearest' });
			}
			else {
				input.removeAttribute('aria-activedescendant');
			}
		}

		function show(found) {
			options = found;
			listbox.replaceChildren();
			found.forEach(function (option, i) {
				var item = document.createElement('li');
				item.id = base + '-option-' + i;
				item.setAttribute('role', 'option');
				item.setAttribute('aria-selected', 'false');
				item.className = 'list-group-item list-group-item-action';
				var label = document.createElement('span');
				label.className = 'd-block fw-semibold';
				label.textContent = option.label;
				item.appendChild(label);
				if (option.flagged && box.dataset.flag) {
					var flag = document.createElement('span');
					flag.className = 'badge text-bg-warning ms-2';
					flag.textContent = box.dataset.flag;
					label.appendChild(flag);
				}
				if (option.detail) {
					var detail = document.createElement('span');
					detail.className = 'd-block small';
					detail.textContent = option.detail;
					item.appendChild(detail);
				}
				// Keeps the focus in the box, so the listbox does not close before the click.
				item.addEventListener('mousedown', function (event) {
					event.preventDefault();
				});
				item.addEventListener('click', function () {
					pick(i);
				});
				listbox.appendChild(item);
			});
			active = -1;
			if (found.length === 0) {
				close();
				announce(box.dataset.none);
			}
			else {
				open();
				announce(format(box.dataset.found, found.length));
			}
		}

		function radioFor(option) {
			var radios = target.querySelectorAll('input[type="radio"]');
			for (var i = 0; i < radios.length; i++) {
				if (radios[i].value === String(option.id)) {
					return radios[i];
				}
			}
			var template = target.querySelector('template');
			if (!template) {
				return null;
			}
			var choice = template.content.firstElementChild.cloneNode(true);
			var radio = choice.querySelector('input[type="radio"]');
			radio.value = String(option.id);
			radio.id = base + '-choice-' + option.id;
			choice.setAttribute('for', radio.id);
			var label = choice.querySelector('[data-slot="label"]');
			label.textContent = option.label;
			if (option.flagged && box.dataset.flag) {
				var flag = document.createElement('span');
				flag.className = 'badge text-bg-warning ms-2';
				flag.textContent = box.dataset.flag;
				label.appendChild(flag);
			}
			var detail = choice.querySelector('[data-slot="detail"]');
			if (detail) {
				detail.textContent = option.detail || '';
			}
			var list = target.querySelector('[data-choices]') || target;
			list.insertBefore(choice, list.firstChild);
			var empty = target.querySelector('[data-choices-empty]');
			if (empty) {
				empty.hidden = true;
			}
			return radio;
		}

		function pick(index) {
			var option = options[index];
			if (!option) {
				return;
			}
			var value = String(box.dataset.value === 'number' ? option.number : option.id);
			if (target.tagName === 'INPUT') {
				if (box.dataset.mode === 'add') {
					var current = target.value.split(/[,;\s]+/).filter(function (number) {
						return number.length > 0;
					});
					var known = current.some(function (number) {
						return number.toUpperCase() === value.toUpperCase();
					});
					if (!known) {
						current.push(value);
					}
					target.value = current.join(', ');
				}
				else {
					target.value = value;
				}
				target.dispatchEvent(new Event('change', { bubbles: true }));
			}
			else {
				var radio = radioFor(option);
				if (radio) {
					radio.checked = true;
					radio.dispatchEvent(new Event('change', { bubbles: true }));
				}
			}
			picked = true;
			input.value = '';
			options = [];
			listbox.replaceChildren();
			close();
			announce(format(box.dataset.picked, option.label));
		}

		function search() {
			var text = input.value.trim();
			window.clearTimeout(timer);
			if (text.length < 2) {
				options = [];
				listbox.replaceChildren();
				close();
				return;
			}
			timer = window.setTimeout(function () {
				var request = ++latest;
				var url = box.dataset.url;
				fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(text), {
					headers: { Accept: 'application/json' },
					credentials: 'same-origin'
				}).then(function (response) {
					if (!response.ok) {
						throw new Error('HTTP ' + response.status);
					}
					return response.json();
				}).then(function (found) {
					if (request === latest) {
						show(found);
					}
				}).catch(function () {
					if (request === latest) {
						options = [];
						listbox.replaceChildren();
						close();
						announce(box.dataset.failed);
					}
				});
			}, 200);
		}

		input.addEventListener('input', function () {
			picked = false;
			search();
		});

		input.addEventListener('keydown', function (event) {
			var expanded = !listbox.hidden;
			switch (event.key) {
			case 'ArrowDown':
				event.preventDefault();
				if (!expanded) {
					open();
				}
				if (options.length > 0) {
					highlight((active + 1) % options.length);
				}
				break;
			case 'ArrowUp':
				event.preventDefault();
				if (!expanded) {
					open();
				}
				if (options.length > 0) {
					highlight(active <= 0 ? options.length - 1 : active - 1);
				}
				break;
			case 'Enter':
				event.preventDefault();
				if (expanded && active >= 0) {
					pick(active);
				}
				else if (!expanded && picked && box.dataset.submit) {
					var form = document.getElementById(box.dataset.submit);
					if (form) {
						form.requestSubmit();
					}
				}
				break;
			case 'Escape':
				if (expanded) {
					event.preventDefault();
					close();
				}
				else if (input.value !== '') {
					event.preventDefault();
					input.value = '';
					options = [];
					listbox.replaceChildren();
				}
				break;
			case 'Tab':
				close();
				break;
			default:
				break;
			}
		});

		input.addEventListener('blur', function () {
			close();
		});
	}

	document.querySelectorAll('[data-combobox]').forEach(enhance);
})();
