/**
 * One message catalogue: outside src/lib/i18n/ no code picks a language by hand. A conditional (`?:`, `if`,
 * Svelte `{#if}`) whose test compares with the literal 'zh' or 'en', or is an identifier named zh / isZh / en,
 * says the same thing twice in two places; it belongs in src/lib/i18n/messages/ as one key read with t(lang, key).
 */
const LANGS = new Set(['zh', 'en']);
const NAMES = new Set(['zh', 'isZh', 'en', 'isEn']);

const isLangLiteral = (n) => n && n.type === 'Literal' && LANGS.has(n.value);

/** True when a test picks a language: `x === 'zh'`, `'en' !== x`, `zh`, `!isZh`, `L === 'zh' && r.zh` … */
function picksLanguage(test) {
	if (!test) return false;
	if (test.type === 'UnaryExpression' && test.operator === '!') return picksLanguage(test.argument);
	if (test.type === 'LogicalExpression') return picksLanguage(test.left) || picksLanguage(test.right);
	if (test.type === 'Identifier') return NAMES.has(test.name);
	if (test.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(test.operator))
		return isLangLiteral(test.left) || isLangLiteral(test.right);
	return false;
}

const rule = {
	meta: {
		type: 'suggestion',
		docs: { description: 'no language ternaries outside src/lib/i18n/' },
		schema: [],
		messages: {
			branch:
				'A language branch: say it through t(lang, key) in src/lib/i18n/messages/ (one catalogue, both languages).'
		}
	},
	create(context) {
		const check = (node) => {
			if (picksLanguage(node.test)) context.report({ node: node.test, messageId: 'branch' });
		};
		return {
			ConditionalExpression: check,
			IfStatement: check,
			SvelteIfBlock: (node) => {
				if (picksLanguage(node.expression)) context.report({ node: node.expression, messageId: 'branch' });
			}
		};
	}
};

export default { rules: { 'lang-branch': rule } };
