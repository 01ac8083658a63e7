import { describe, expect, it } from 'vitest';
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
});
