/**
 * What counts as Chinese prose on an English screen: after removing what may stay Chinese — the plan's units
 * (万元, 万 m², 元/m²/月, 亿元), its clause marks (§七, §四(四)1), its words quoted in “…” or 「…」, the
 * bilingual scenario and box names, and the language switch 中文 — any Chinese character left over.
 */
const ALLOWED: RegExp[] = [
	/[“「][^”」]*[\u3400-\u9fff][^”」]*[”」]/g, // the plan's own words, quoted
	/§\s*[\u3400-\u9fff()（）0-9]+(?: [\u3400-\u9fff]+)?/g, // clause marks, with the clause's own title
	/亿元|万元(?:\/[^\s,.;)]+)?|万 ?m²(?:\/[^\s,.;)]+)?|元\/m²\/月|元\/户(?:\/月)?|元/g, // the plan's units
	/中文/g // the language switch names the other language in it
];

export function chineseRuns(text: string, allowedNames: string[] = []): string[] {
	let s = text;
	for (const name of allowedNames) s = s.split(name).join(' ');
	for (const re of ALLOWED) s = s.replace(re, ' ');
	return [
		...s.matchAll(
			/[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]*[\u3400-\u9fff][\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]*/g
		)
	].map((m) => m[0]);
}
