/**
 * Scenario names are often written in both languages ("规划原文 Plan as written 2022–2024", "补贴不退坡 Subsidies
 * held at year-1 rates"), kept so every file and library reads as before; a printed page shows the half in its
 * own language. The plan's own name keeps its years in both. A name with no English half of two words or more
 * ("2024 调整 v2") is the planner's own and is shown whole.
 */
import { t, type Lang } from '../i18n';

const PLAN = /^规划原文 Plan as written(?= |$)/;
// A Chinese half, then an English half of at least two words with no Chinese in it (a suffix " · 副本" stays).
const BOTH = /^(.*[\u4e00-\u9fff][^A-Za-z]*?)\s+([A-Za-z][^\u4e00-\u9fff·]*\s[^\u4e00-\u9fff·]*?)(\s+·.*)?$/;

export function nameIn(L: Lang, name: string): string {
	if (PLAN.test(name)) return name.replace(PLAN, t(L, 'words.planName'));
	const m = BOTH.exec(name);
	if (!m) return name;
	return `${{ zh: m[1], en: m[2] }[L]}${m[3] ?? ''}`;
}
