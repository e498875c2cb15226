/*
 * The dashboard's filter and sections; without this script every field and section shows.
 * The filter shows only the fields of the chosen kind of period (the others are disabled
 * as well, so that they are not sent). On a phone the filter and the sections start
 * folded under the headline figures, except a filter that was refused.
 */
(function () {
	'use strict';

	var period = document.getElementById('period');
	var form = document.getElementById('dashboard-filter');
	if (period && form) {
		var groups = Array.prototype.slice.call(form.querySelectorAll('[data-periods]'));
		var showPeriodFields = function () {
			groups.forEach(function (group) {
				var applies = group.dataset.periods.split(' ').indexOf(period.value) >= 0;
				group.hidden = !applies;
				group.querySelectorAll('input, select').forEach(function (field) {
					field.disabled = !applies;
				});
			});
		};
		period.addEventListener('change', showPeriodFields);
		showPeriodFields();
	}

	if (window.matchMedia && window.matchMedia('(max-width: 575.98px)').matches) {
		document.querySelectorAll('details.dashboard-fold').forEach(function (details) {
			if (details.dataset.refused !== 'true') {
				details.open = false;
			}
		});
	}
})();
