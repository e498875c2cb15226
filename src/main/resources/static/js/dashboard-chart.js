/*
 * The dashboard's charts, each drawn from the table under it (the table stays: it is the
 * same figures for screen readers and for anyone without script). A suppressed figure
 * (data-shown SMALL or HIDDEN) is a gap in the chart. A total row or column is not drawn.
 */
(function () {
	'use strict';

	if (!window.Chart) {
		return;
	}
	var colours = ['#0d6efd', '#dc3545', '#198754', '#6f42c1', '#fd7e14', '#20c997'];
	var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	var narrow = window.matchMedia && window.matchMedia('(max-width: 575.98px)').matches;

	document.querySelectorAll('table.dashboard-table[data-chart]').forEach(function (table) {
		var canvas = document.getElementById(table.dataset.canvas);
		if (!canvas) {
			return;
		}
		var line = table.dataset.chart === 'LINE';
		var headers = Array.prototype.slice.call(table.querySelectorAll('thead th[data-series]'));
		var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr')).filter(function (row) {
			return row.dataset.total !== 'true';
		});
		var labels = rows.map(function (row) {
			return row.querySelector('th').textContent.trim();
		});
		var datasets = headers.map(function (header, i) {
			var column = header.cellIndex;
			var colour = colours[i % colours.length];
			return {
				label: header.textContent.trim(),
				// Only a shown figure is drawn: a suppressed one ('<5', '–') is a gap, never
				// a bar or a point, whatever else the cell holds.
				data: rows.map(function (row) {
					var cell = row.cells[column];
					var value = cell.dataset.value;
					return (cell.dataset.shown === 'VALUE' && value) ? Number(value) : null;
				}),
				borderColor: colour,
				backgroundColor: colour,
				spanGaps: false,
				tension: 0
			};
		});
		canvas.parentElement.classList.remove('d-none');
		new window.Chart(canvas, {
			type: line ? 'line' : 'bar',
			data: { labels: labels, datasets: datasets },
			options: {
				animation: reduceMotion ? false : undefined,
				aspectRatio: narrow ? 1 : 2.5,
				scales: { y: { beginAtZero: true } },
				plugins: { legend: { position: 'bottom', labels: { boxWidth: 18 } } }
			}
		});
		canvas.dataset.drawn = 'true';
	});
})();
