import { describe, expect, it } from 'vitest';
import { cutProblems, planPaste, type Rect } from '../../src/lib/ui/grid/paste-plan';
import { gridShape, PARAM_ROWS } from '../../src/lib/ui/grid/rows';
import { GridSelection } from '../../src/lib/ui/grid/selection.svelte';
import type { SheetModel } from '../../src/lib/ui/grid/sheet-model';

// The plan's grid: three years; rows by catalogue order (checked below, so a reordering fails here first).
const shape = gridShape(3);
/** The selection needs only the grid's shape and its one-value rows here (no writes). */
const sheet = { ...shape, scalar: (r: number) => PARAM_ROWS[r].shape === 'scalar' } as SheetModel;
const row = (key: string) => PARAM_ROWS.findIndex((d) => d.key === key);
const QUASI = row('quasi_subsidy'); // yearly
const BASIC = row('basic_subsidy'); // yearly, right below quasi
const SELF = row('self_subsidy'); // yearly
const PAYOUT = row('subsidy_payout'); // scalar: one cell, in column 0
const REWARD = row('reward_fund'); // yearly
const COMMITTEE = row('target_committee'); // yearly, may be blank
const rect = (r0: number, r1: number, c0: number, c1: number): Rect => ({ r0, r1, c0, c1 });

function edits(plan: ReturnType<typeof planPaste>) {
	if (!plan.ok) throw new Error(`refused: ${plan.message.en}`);
	return Object.fromEntries(plan.edits.map((e) => [e.name, e.cell]));
}
function refused(plan: ReturnType<typeof planPaste>) {
	if (plan.ok) throw new Error(`pasted ${JSON.stringify(plan.edits)}`);
	return plan.message;
}

describe('the grid rows the cases rely on', () => {
	it('has quasi, basic, self subsidy, the scalar payout and the reward fund in that order', () => {
		expect([BASIC - QUASI, SELF - BASIC, PAYOUT - SELF, REWARD - PAYOUT]).toEqual([1, 1, 1, 1]);
		expect(PARAM_ROWS[PAYOUT].shape).toBe('scalar');
		expect(COMMITTEE).toBe(PARAM_ROWS.length - 4);
	});
});

describe('planPaste', () => {
	const y1Pair = [['0.2'], ['0.1']]; // quasi_subsidy_y1, basic_subsidy_y1 as copied

	it('issue 11: the two year-1 subsidies into the 2×2 block of years 2–3 tile it, and write only those four cells', () => {
		const plan = planPaste(y1Pair, rect(QUASI, BASIC, 1, 2), shape);
		expect(edits(plan)).toEqual({
			quasi_subsidy_y2: 0.2,
			quasi_subsidy_y3: 0.2,
			basic_subsidy_y2: 0.1,
			basic_subsidy_y3: 0.1
		});
		expect(plan.ok && plan.area).toEqual(rect(QUASI, BASIC, 1, 2));
	});

	it('starts at the top-left whichever corner the block was selected from', () => {
		const fromTopLeft = new GridSelection(sheet);
		fromTopLeft.select(QUASI, 1);
		fromTopLeft.select(BASIC, 2, true);
		const fromBottomRight = new GridSelection(sheet);
		fromBottomRight.select(BASIC, 2);
		fromBottomRight.select(QUASI, 1, true);
		expect(fromBottomRight.block).toEqual(rect(QUASI, BASIC, 1, 2));
		expect(planPaste(y1Pair, fromBottomRight.block, shape)).toEqual(planPaste(y1Pair, fromTopLeft.block, shape));
	});

	it('pastes a block at its own size from a single selected cell, writing nothing beyond it', () => {
		const plan = planPaste(y1Pair, rect(QUASI, QUASI, 1, 1), shape);
		expect(edits(plan)).toEqual({ quasi_subsidy_y2: 0.2, basic_subsidy_y2: 0.1 });
		expect(plan.ok && plan.area).toEqual(rect(QUASI, BASIC, 1, 1));
	});

	it('tiles a row of two into a 2×2 block', () => {
		expect(edits(planPaste([['0.3', '0.15']], rect(QUASI, BASIC, 0, 1), shape))).toEqual({
			quasi_subsidy_y1: 0.3,
			quasi_subsidy_y2: 0.15,
			basic_subsidy_y1: 0.3,
			basic_subsidy_y2: 0.15
		});
	});

	it('fills the whole selection with one value, skipping where a scalar row has no cell', () => {
		expect(edits(planPaste([['0.5']], rect(SELF, REWARD, 0, 1), shape))).toEqual({
			self_subsidy_y1: 0.5,
			self_subsidy_y2: 0.5,
			subsidy_payout: 0.5,
			reward_fund_y1: 0.5,
			reward_fund_y2: 0.5
		});
	});

	it('refuses a selection that is not a whole multiple of the block (Excel), saying both sizes', () => {
		const m = refused(planPaste(y1Pair, rect(QUASI, SELF, 1, 2), shape));
		expect(m.en).toContain('the copied block is 2 × 1 (rows × columns) and the selection is 3 × 2');
		expect(m.zh).toContain('复制区域为 2 行 × 1 列，所选区域为 3 行 × 2 列');
	});

	it('refuses a block that runs past the last plan year', () => {
		const m = refused(planPaste([['0.2', '0.1']], rect(QUASI, QUASI, 2, 2), shape));
		expect(m.en).toBe(
			'Nothing pasted: the copied block is 2 columns wide; from quasi_subsidy_y3 it runs past year 3, the last plan year.'
		);
		expect(m.zh).toBe('未粘贴：复制区域有 2 列，从 quasi_subsidy_y3 开始会超出第 3 年（规划共 3 年）。');
	});

	it('refuses a block that runs past the last row', () => {
		const m = refused(planPaste(y1Pair, rect(PARAM_ROWS.length - 1, PARAM_ROWS.length - 1, 0, 0), shape));
		expect(m.en).toContain('from target_coverage_y1 it runs past the last row (target_coverage_y1)');
	});

	it("refuses year values landing on a scalar row's missing cells, naming the row and the years", () => {
		const block = [
			['0.1', '0.1'],
			['0.9', '0.9']
		];
		const m = refused(planPaste(block, rect(SELF, SELF, 1, 1), shape));
		expect(m.en).toBe(
			'Nothing pasted, nothing changed — subsidy_payout has one value for all years; the paste would put a value in year 2; ' +
				'subsidy_payout has one value for all years; the paste would put a value in year 3'
		);
		expect(m.zh).toContain('subsidy_payout 只有一个值（各年通用），粘贴会在第 2 年放入数值');
	});

	it('leaves a target alone where the copy had no cell (a copied scalar row)', () => {
		const block = [
			['0.3', '0.2'],
			['1', null]
		];
		expect(edits(planPaste(block, rect(SELF, SELF, 0, 0), shape))).toEqual({
			self_subsidy_y1: 0.3,
			self_subsidy_y2: 0.2,
			subsidy_payout: 1
		});
	});

	it('parses every cell like typed input: full-width digits, percent, formulas as written', () => {
		expect(edits(planPaste([['０．２５', '85%', '=quasi_subsidy_y1/2']], rect(QUASI, QUASI, 0, 0), shape))).toEqual({
			quasi_subsidy_y1: 0.25,
			quasi_subsidy_y2: 0.85,
			quasi_subsidy_y3: '=quasi_subsidy_y1/2'
		});
	});

	it('refuses the whole paste when one cell is not a number, naming the cell', () => {
		const m = refused(planPaste([['0.2', 'abc']], rect(QUASI, QUASI, 0, 0), shape));
		expect(m.en).toMatch(/^Nothing pasted, nothing changed — quasi_subsidy_y2: "abc" is not a number/);
		expect(m.zh).toMatch(/^未粘贴，没有任何改动 —— quasi_subsidy_y2：“abc”不是数字/);
	});

	it('pastes a blank only where a blank is allowed (targets)', () => {
		expect(refused(planPaste([['']], rect(BASIC, BASIC, 1, 1), shape)).en).toContain(
			'basic_subsidy_y2: only targets may be blank'
		);
		expect(edits(planPaste([['']], rect(COMMITTEE, COMMITTEE, 1, 1), shape))).toEqual({ target_committee_y2: null });
	});

	it('names three problems and counts the rest', () => {
		const m = refused(planPaste([['x']], rect(QUASI, SELF, 0, 2), shape));
		expect(m.en).toMatch(/quasi_subsidy_y3: .*; and 6 more$/);
		expect(m.zh).toMatch(/等另 6 处$/);
	});

	it('refuses an empty clipboard', () => {
		expect(refused(planPaste([], rect(QUASI, QUASI, 0, 0), shape)).en).toBe(
			'Nothing pasted: the clipboard holds no cells'
		);
	});
});

describe('a cut moves', () => {
	const cut = rect(COMMITTEE, COMMITTEE, 0, 1); // target_committee_y1..y2 = 222, 253 (the plan's)
	const block = [['222', '253']];

	it('writes the paste area and clears the cut cells outside it, as one set of edits', () => {
		expect(edits(planPaste(block, rect(COMMITTEE, COMMITTEE, 1, 1), shape, cut))).toEqual({
			target_committee_y2: 222,
			target_committee_y3: 253,
			target_committee_y1: null
		});
	});

	it('pastes into one cell or a block of its own size only (a cut does not tile or fill)', () => {
		expect(refused(planPaste(block, rect(COMMITTEE - 1, COMMITTEE, 0, 1), shape, cut)).en).toContain(
			'the cut block is 1 × 2'
		);
		expect(edits(planPaste(block, rect(COMMITTEE + 1, COMMITTEE + 1, 0, 1), shape, cut))).toEqual({
			target_standard_y1: 222,
			target_standard_y2: 253,
			target_committee_y1: null,
			target_committee_y2: null
		});
	});

	it('is refused for cells that must hold a number', () => {
		expect(cutProblems(rect(QUASI, PAYOUT, 1, 2), shape)).toEqual([
			'quasi_subsidy_y2',
			'quasi_subsidy_y3',
			'basic_subsidy_y2',
			'basic_subsidy_y3',
			'self_subsidy_y2',
			'self_subsidy_y3'
		]);
		expect(cutProblems(cut, shape)).toEqual([]);
		expect(refused(planPaste([['0.3']], rect(QUASI, QUASI, 1, 1), shape, rect(BASIC, BASIC, 1, 1))).en).toContain(
			'basic_subsidy_y2: only targets may be blank'
		);
	});
});
