import { expect, test } from 'vitest';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { neutralise, restore } from '../../src/lib/io/xlsx/text-cell';
import { entryText, exported, loadScenario } from './helpers';

const HOSTILE = '=HYPERLINK("http://x","y")';

async function hostileExport() {
	const { doc, values } = loadScenario('subsidy-held.json');
	const evil = {
		...doc,
		name: HOSTILE,
		description: "@SUM(1+1)*cmd|' /C calc'!A0",
		params: structuredClone(doc.params)
	};
	evil.params.basic_fee.note = '+cmd';
	evil.params.quasi_fee.note = '-2+3';
	evil.params.self_fee.note = '\t=1+1';
	return { evil, ...(await exported(evil, values)) };
}

test('user text that looks like a formula is stored as inert text, real formulas stay formulas', async () => {
	const { bytes } = await hostileExport();
	const scenarioXml = entryText(bytes, 'xl/worksheets/sheet3.xml');
	const strings = entryText(bytes, 'xl/sharedStrings.xml');
	expect(scenarioXml).not.toMatch(/<f>/);
	// Every text cell of the Scenario sheet is a shared string; the rest are the two numbers (version, years).
	const cells = scenarioXml.match(/<c r="[A-Z]+\d+"[^>]*>/g) ?? [];
	expect(cells.filter((c) => !c.includes(' t="s"'))).toEqual(['<c r="B3">', '<c r="B7">']);
	expect(strings).toContain(`<t>&apos;=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t>`);
	expect(strings).toContain(`<t>&apos;+cmd</t>`);
	expect(strings).toContain(`<t>&apos;-2+3</t>`);
	expect(strings).toContain(`<t>&apos;@SUM(1+1)`);
	expect(entryText(bytes, 'xl/worksheets/sheet1.xml')).toContain('<f>quasi_subsidy_y1</f>');
});

test('the neutralised text comes back exactly as the user wrote it', async () => {
	const { bytes, evil } = await hostileExport();
	const back = await importXlsx(bytes);
	if (!back.ok) throw new Error(JSON.stringify(back.errors));
	expect(back.doc.name).toBe(HOSTILE);
	expect(back.doc).toEqual(evil);
});

test.each(['=1+1', '+cmd', '-2', '@x', '\t=1', "'=x", "''+x", "'plain", 'plain', '', "'", '3-2'])(
	'neutralise / restore round-trips %j',
	(text) => {
		const out = neutralise(text);
		expect(/^[=+\-@\t\r]/.test(out)).toBe(false);
		expect(restore(out)).toBe(text);
	}
);

test('the workbook title (file properties) is neutralised like cell text and reads back as written', async () => {
	const { bytes } = await hostileExport();
	expect(entryText(bytes, 'docProps/core.xml')).toContain(
		'<dc:title>&apos;=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</dc:title>'
	);
	const back = await importXlsx(bytes);
	expect(back.ok && back.doc.name).toBe(HOSTILE);
});
