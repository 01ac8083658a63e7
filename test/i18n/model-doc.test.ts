import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n';
import { anchorsOf, MODEL_SECTIONS, MODEL_SOURCES, modelHtml } from '../../src/lib/ui/model/model-doc';

describe('the model documentation page', () => {
	it('has the same stable section anchors in Chinese and English, every one a citation can link to', () => {
		expect(anchorsOf(MODEL_SOURCES.zh)).toEqual([...MODEL_SECTIONS]);
		expect(anchorsOf(MODEL_SOURCES.en)).toEqual([...MODEL_SECTIONS]);
	});
	it('renders each section heading with its anchor as the id, and no anchor syntax left in the text', () => {
		const html = modelHtml('zh');
		expect(html).toContain('<h2 id="targets">十、目标与取整</h2>');
		expect(modelHtml('en')).toContain('<h2 id="bond">9. The performance bond</h2>');
		expect(html).not.toContain('{#');
		expect(html).toContain('<table>');
	});
	it('says the rounding rule of targets in both languages', () => {
		expect(MODEL_SOURCES.zh).toContain('0.01 个百分点四舍五入');
		expect(MODEL_SOURCES.en).toContain('rounding half up to 0.01 percentage points');
	});
	it('states the fund-use rule in both languages, and the fund-use screen cites that section by its number', () => {
		const section = (md: string) => md.slice(md.indexOf('{#cashflow}'), md.indexOf('{#guard}'));
		const zh = section(MODEL_SOURCES.zh),
			en = section(MODEL_SOURCES.en);
		// Share of a tier from the register, scaled to the scenario's tier area; the difference said on the page.
		expect(zh).toContain('该街道在小区台账中这类物业的面积 ÷ 台账中这类物业的总面积');
		expect(zh).toContain('份额 × 情景中该类的面积');
		expect(zh).toContain('按情景的面积计算，并在页面上注明差额');
		expect(en).toContain("its area of that tier in the compound register ÷ the register's area of that tier");
		expect(en).toContain("that share × the scenario's area of the tier");
		expect(en).toContain('the page says by how much');
		// The heading's own number, e.g. "## 十六、分月用款计划 {#cashflow}" and "## 16. The monthly fund-use plan".
		const zhHead = /^## (.+?) \{#cashflow\}$/m.exec(MODEL_SOURCES.zh)![1];
		const enHead = /^## (\d+)\. (.+?) \{#cashflow\}$/m.exec(MODEL_SOURCES.en)!;
		expect(t('zh', 'cashflow.ruleAfter')).toContain(`“${zhHead}”`);
		expect(t('en', 'cashflow.ruleAfter')).toContain(`§ ${enHead[1]} “${enHead[2]}”`);
	});
});
