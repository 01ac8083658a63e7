/**
 * "实际 / actual" point markers for the yearly charts: one marker per plan year with an actual, no line, drawn
 * over the model's series. Rates of compounds (committees, standard) are the actual count over the model's
 * compounds at that year's end, as the model's own rates are.
 */
import type { Actuals } from '../../model/actuals';
import type { Projection } from '../../model/projection';
import { t, type Lang } from '../../i18n';

const at = (a: Actuals | undefined, field: string, y: number) => a?.[field]?.[y] ?? null;
const given = (data: (number | null)[]) => data.some((x) => x !== null);

export function marker(label: string, data: (number | null)[], color = '#111') {
	return {
		type: 'line' as const,
		label,
		data,
		showLine: false,
		borderColor: color,
		backgroundColor: '#fff',
		pointStyle: 'rectRot' as const,
		pointRadius: 6,
		pointHoverRadius: 7,
		borderWidth: 2,
		// Its own stack: never added onto the stacked bars it sits over.
		stack: 'actual',
		order: -1
	};
}

const label = (L: Lang, what: string) => `${what} · ${t(L, 'results.actualMarker')}`;

/** The outlay bar chart's marker: the actual district outlay per year. */
export function outlayMarkers(p: Projection, L: Lang, a: Actuals | undefined) {
	const data = p.years.map((_, y) => at(a, 'outlay', y));
	return given(data) ? [marker(label(L, t(L, 'results.actualOutlay')), data)] : [];
}

/** The monthly satisfaction chart's marker: the actual at each year's last month. */
export function satisfactionMarkers(p: Projection, L: Lang, a: Actuals | undefined) {
	const data = Array.from(p.months.satisfaction, (_, m) =>
		m % 12 === 11 ? at(a, 'satisfaction', (m - 11) / 12) : null
	);
	return given(data) ? [marker(label(L, t(L, 'satisfaction')), data)] : [];
}

/** The rates chart's markers: committees and standard as rates, coverage. */
export function rateMarkers(p: Projection, L: Lang, a: Actuals | undefined) {
	const rate = (field: string) =>
		p.years.map((r, y) => {
			const x = at(a, field, y);
			return x === null ? null : x / r.compounds.total;
		});
	const sets = [
		{ data: rate('committees'), what: t(L, 'committeeRate'), color: '#2f6db5' },
		{ data: rate('standard'), what: t(L, 'standardRate'), color: '#d97706' },
		{ data: p.years.map((_, y) => at(a, 'coverage', y)), what: t(L, 'coverage'), color: '#7c9a3d' }
	];
	return sets.filter((s) => given(s.data)).map((s) => marker(label(L, s.what), s.data, s.color));
}
