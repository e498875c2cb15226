// Draws a recipient's CHIME trajectory from the table that holds the same figures, so
// the chart and the accessible table cannot disagree. No inline script: the page's CSP
// allows scripts from the site only.
(function () {
	'use strict';

	var COLOURS = ['#0d6efd', '#198754', '#d63384', '#fd7e14', '#6f42c1'];

	function draw(canvas) {
		var table = document.getElementById(canvas.dataset.outcomeChart);
		if (!table || typeof Chart === 'undefined') {
			return;
		}
		var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
		var labels = rows.map(function (row) {
			return row.querySelector('th').textContent.trim();
		});
		var headers = Array.prototype.slice.call(table.querySelectorAll('thead th[data-dimension]'));
		var datasets = headers.map(function (header, index) {
			var dimension = header.dataset.dimension;
			return {
				label: header.textContent.trim(),
				data: rows.map(function (row) {
					var cell = row.querySelector('td[data-dimension="' + dimension + '"]');
					var value = cell ? cell.dataset.value : '';
					return value ? Number(value) : null;
				}),
				borderColor: COLOURS[index % COLOURS.length],
				backgroundColor: COLOURS[index % COLOURS.length],
				spanGaps: true,
				tension: 0.2
			};
		});
		new Chart(canvas, {
			type: 'line',
			data: { labels: labels, datasets: datasets },
			options: {
				aspectRatio: window.matchMedia('(max-width: 575px)').matches ? 1.1 : 2.5,
				animation: false,
				scales: {
					y: {
						min: Number(canvas.dataset.scaleMin),
						max: Number(canvas.dataset.scaleMax),
						ticks: { stepSize: 1 }
					}
				},
				plugins: { legend: { position: 'bottom' } }
			}
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('canvas[data-outcome-chart]').forEach(draw);
	});
})();
