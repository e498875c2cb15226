/*
 * A peer worker's check-ins as a line chart, drawn from the table on the page (the table
 * stays: it is the same figures for screen readers and for anyone without script). Also
 * asks before a check-in is deleted for good.
 */
(function () {
	'use strict';

	var table = document.getElementById('checkin-table');
	if (!table) {
		return;
	}

	table.querySelectorAll('form.checkin-delete').forEach(function (form) {
		form.addEventListener('submit', function (event) {
			if (!window.confirm(table.dataset.confirmDelete)) {
				event.preventDefault();
			}
		});
	});

	var box = document.getElementById('checkin-chart-box');
	var canvas = document.getElementById('checkin-chart');
	if (!box || !canvas || !window.Chart) {
		return;
	}

	// Self measures solid, strain dashed; a dimension a check-in did not measure is a gap.
	var colours = {
		HOPE: '#0d6efd',
		MEANING: '#198754',
		IDENTITY: '#6f42c1',
		COMPETENCE: '#fd7e14',
		CONNECTION: '#20c997',
		EMPOWERMENT: '#0dcaf0',
		COMPASSION_SATISFACTION: '#6610f2',
		DEMAND: '#dc3545',
		SET_BACK: '#6c757d',
		BURNOUT: '#d63384',
		SECONDARY_TRAUMA: '#795548'
	};

	var headers = Array.prototype.slice.call(table.querySelectorAll('thead th[data-series]'));
	var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr')).reverse();
	var labels = rows.map(function (row) {
		return row.querySelector('th time').textContent.trim();
	});
	var datasets = headers.map(function (header) {
		var column = header.cellIndex;
		var series = header.dataset.series;
		return {
			label: header.textContent.trim(),
			data: rows.map(function (row) {
				var text = row.cells[column].textContent.trim();
				return text === '' ? null : Number(text);
			}),
			borderColor: colours[series] || '#000000',
			backgroundColor: colours[series] || '#000000',
			borderDash: header.dataset.strain === 'true' ? [6, 4] : [],
			spanGaps: true,
			tension: 0
		};
	});

	box.classList.remove('d-none');
	var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	// Taller than wide on a phone, so that the lines and the legend stay readable.
	var narrow = window.matchMedia && window.matchMedia('(max-width: 575.98px)').matches;
	new window.Chart(canvas, {
		type: 'line',
		data: { labels: labels, datasets: datasets },
		options: {
			animation: reduceMotion ? false : undefined,
			aspectRatio: narrow ? 0.9 : 2,
			scales: {
				y: { min: Number(table.dataset.scaleMin), max: Number(table.dataset.scaleMax), ticks: { stepSize: 1 } }
			},
			plugins: { legend: { position: 'bottom', labels: { boxWidth: 24 } } }
		}
	});
})();
