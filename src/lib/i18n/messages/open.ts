/** The opening path's words (keys `open.*`): what the page says while the formula engine is still loading. */
type Msg = { zh: string; en: string };

export const open = {
	'open.scenario': { zh: '正在打开方案…', en: 'Opening the scenario…' },
	'open.engineLoading': { zh: '公式引擎加载中…', en: 'Engine loading…' },
	'open.engineLoadingTitle': {
		zh: '公式引擎加载完成前，撤销与公式引用暂不可用；期间的修改已保存，将依次应用。',
		en: 'Until the formula engine has loaded, undo and formula links wait; edits made meanwhile are saved and applied in order.'
	},
	'open.awaitingFigures': {
		zh: '公式引擎加载中：修改已保存，结果将在引擎加载后更新。',
		en: 'Formula engine loading: your edit is saved; the figures update once it has loaded.'
	}
} satisfies Record<string, Msg>;
