/** chart.js, registered once and loaded lazily: the grid is usable before any chart code arrives. */
import type { Chart as ChartType, ChartConfiguration } from 'chart.js';

let ready: Promise<typeof import('chart.js')> | null = null;
let loaded = false;

/** True once chart.js is here: a chart made now need not wait for the page to settle. */
export const chartLoaded = () => loaded;

export function loadChart() {
	return (ready ??= import('chart.js').then((m) => {
		loaded = true;
		m.Chart.register(
			m.BarController,
			m.BarElement,
			m.LineController,
			m.ScatterController, // the Decide tab's explanation chart
			m.LineElement,
			m.PointElement,
			m.CategoryScale,
			m.LinearScale,
			m.Legend,
			m.Tooltip,
			m.Filler
		);
		m.Chart.defaults.animation = false;
		m.Chart.defaults.font.family = 'system-ui, "Noto Sans CJK SC", sans-serif';
		return m;
	}));
}

export type { ChartType, ChartConfiguration };
