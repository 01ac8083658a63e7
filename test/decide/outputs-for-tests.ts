/** Outputs built by hand for the decision tests (the cores take any function of a run's results). */
import type { RunOutput } from '../../src/lib/model/decide/output';
import { MET, NK, NO_TARGET, NY, OUT, type YearlyOutput } from '../../src/lib/model/montecarlo/samples';
import { TARGET_KINDS, type TargetKind } from '../../src/lib/model/targets';

export const total = (field: YearlyOutput): RunOutput => ({
	name: `total.${field}`,
	kind: 'value',
	year: null,
	at: (s, row) => {
		let t = 0;
		for (let y = 0; y < s.years; y++) t += s.yearly[(row * s.years + y) * NY + OUT[field]];
		return t;
	}
});

export const target = (year: number, kind: TargetKind): RunOutput => ({
	name: `y${year}.target.${kind}`,
	kind: 'target',
	year,
	at: (s, row) => {
		const c = s.met[(row * s.years + year - 1) * NK + TARGET_KINDS.indexOf(kind)];
		return c === NO_TARGET ? NaN : c === MET ? 1 : 0;
	}
});
