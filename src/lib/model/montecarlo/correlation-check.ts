/**
 * The rules for a scenario's `correlations` (pure, shared by the file reader and the Uncertainty tab): both
 * parameters exist and carry ranges, a pair appears once, −1 ≤ ρ ≤ 1, and together they form a valid
 * correlation matrix (positive semi-definite). A matrix that is not gets a message naming its pairs and the
 * nearest valid one (Higham's nearest correlation matrix, rounded to two decimals where that stays valid).
 */
import { PARAM } from '../catalogue';
import type { Correlation, ScenarioDoc } from '../scenario';
import { minEigenvalue, nearestCorrelation, PSD_TOLERANCE, type Matrix } from './correlation';

export type Words = { zh: string; en: string };
export interface CorrelationProblem {
	/** `correlations[2]`, or `correlations` for the matrix as a whole. */
	path: string;
	message: Words;
	/** A non-PSD matrix: the nearest valid set of pairs, to offer in its place. */
	nearest?: Correlation[];
}

/** The parameters a list names, in catalogue order (the rows and columns of its matrix). */
export function correlatedKeys(list: readonly Correlation[]): string[] {
	const named = new Set(list.flatMap((c) => [c.a, c.b]));
	return [...PARAM.keys()].filter((k) => named.has(k));
}

/** The k×k matrix of `keys` with the listed pairs (empty means 0). */
export function correlationMatrix(keys: readonly string[], list: readonly Correlation[]): Matrix {
	const k = keys.length;
	const m = new Float64Array(k * k);
	for (let i = 0; i < k; i++) m[i * k + i] = 1;
	for (const c of list) {
		const i = keys.indexOf(c.a),
			j = keys.indexOf(c.b);
		if (i < 0 || j < 0) continue;
		m[i * k + j] = m[j * k + i] = c.rho;
	}
	return m;
}

const pairName = (c: Correlation) => `${c.a}–${c.b} ${c.rho}`;

/**
 * The nearest valid matrix as pairs, at the fewest decimals (2 to 4) that keep it valid: the given pairs first,
 * in their order and orientation, then any pair the nearest matrix adds (an empty cell it had to fill).
 */
export function nearestPairs(keys: readonly string[], list: readonly Correlation[]): Correlation[] {
	const k = keys.length;
	const near = nearestCorrelation(correlationMatrix(keys, list), k);
	const ordered: [number, number][] = list.map((c) => [keys.indexOf(c.a), keys.indexOf(c.b)]);
	const given = new Set(ordered.map(([i, j]) => Math.min(i, j) * k + Math.max(i, j)));
	for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) if (!given.has(i * k + j)) ordered.push([i, j]);
	for (const digits of [2, 3, 4, 6]) {
		const f = 10 ** digits;
		const pairs: Correlation[] = [];
		for (const [i, j] of ordered) {
			const rho = Math.round(near[i * k + j] * f) / f;
			if (rho !== 0 || given.has(Math.min(i, j) * k + Math.max(i, j))) pairs.push({ a: keys[i], b: keys[j], rho });
		}
		if (minEigenvalue(correlationMatrix(keys, pairs), k) >= -PSD_TOLERANCE) return pairs;
	}
	return [];
}

/** Every problem with a scenario's correlations; [] when they can be used. */
export function checkCorrelations(list: readonly Correlation[], doc: ScenarioDoc): CorrelationProblem[] {
	const out: CorrelationProblem[] = [];
	const seen = new Map<string, number>();
	list.forEach((c, i) => {
		const path = `correlations[${i}]`;
		const say = (zh: string, en: string) => out.push({ path, message: { zh, en } });
		for (const key of [c.a, c.b]) {
			if (!PARAM.has(key)) say(`没有名为“${key}”的参数`, `there is no parameter "${key}"`);
			else if (!doc.params[key]?.uncertainty)
				say(
					`“${key}”没有取值范围：只有带范围的参数才能相关`,
					`"${key}" has no range: only parameters with ranges can be correlated`
				);
		}
		if (c.a === c.b) say(`“${c.a}”与自身的相关系数恒为 1，不必填写`, `"${c.a}" is always correlated 1 with itself`);
		if (!(Math.abs(c.rho) <= 1))
			say(`相关系数 ${c.rho} 不在 −1 到 1 之间`, `the correlation ${c.rho} is not between −1 and 1`);
		const key = [c.a, c.b].sort().join('|');
		const first = seen.get(key);
		if (first !== undefined)
			say(
				`${c.a}–${c.b} 已在 correlations[${first}] 中给出`,
				`the pair ${c.a}–${c.b} is already given in correlations[${first}]`
			);
		else seen.set(key, i);
	});
	if (out.length) return out;
	const keys = correlatedKeys(list);
	if (minEigenvalue(correlationMatrix(keys, list), keys.length) >= -PSD_TOLERANCE) return [];
	const nearest = nearestPairs(keys, list);
	const pairs = list.map(pairName).join(', ');
	const near = nearest.length ? nearest.map(pairName).join(', ') : '—';
	out.push({
		path: 'correlations',
		message: {
			zh: `这些相关系数相互矛盾（不是有效的相关矩阵，没有任何一组抽样能同时满足）：${pairs}。最接近的有效组合为：${near}`,
			en: `these correlations contradict each other (not a valid correlation matrix: no set of draws can have them all): ${pairs}. The nearest valid set is: ${near}`
		},
		nearest
	});
	return out;
}
