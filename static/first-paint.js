// The first paint (src/lib/ui/first-paint/): runs as the page is parsed, before any module has loaded. It shows the
// picture of the workbench kept as the planner left it, if it is this build's, in this language, of the scenario
// the library reopens; a browser that has never opened the workbench sees the plan's figures (it opens the plan);
// otherwise nothing. Plain script: the page's modules are not loaded yet. Key names as in src/lib/offline/first-paint.ts.
(() => {
	const fp = document.getElementById('first-paint');
	if (!fp) return;
	const get = (k) => {
		try {
			return localStorage.getItem(k);
		} catch {
			return null;
		}
	};
	// As i18n/lang.ts: the saved choice, else Chinese where the browser prefers it.
	const saved = get('lang');
	const lang =
		saved === 'zh' || saved === 'en'
			? saved
			: navigator.languages.some((l) => l.toLowerCase().startsWith('zh'))
				? 'zh'
				: 'en';
	document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
	let pic;
	try {
		pic = JSON.parse(get('firstPaint') ?? 'null');
	} catch {
		pic = null;
	}
	const plans = fp.querySelectorAll('template');
	const mine =
		pic &&
		pic.v === fp.dataset.v &&
		pic.lang === lang &&
		typeof pic.id === 'string' &&
		pic.id === get('firstPaint.open') &&
		typeof pic.html === 'string';
	if (mine) {
		plans.forEach((p) => p.remove());
		fp.style.setProperty('--fp-head', `${+pic.head || 38}px`);
		fp.style.setProperty('--fp-top', `${+pic.top || 82}px`);
		fp.querySelector('.fp-shot').innerHTML = pic.html;
	} else if (saved === null && get('firstPaint.open') === null) {
		const plan = fp.querySelector(`template[data-lang="${lang}"]`);
		if (plan) fp.append(plan.content);
		plans.forEach((p) => p.remove());
	} else fp.remove();
})();
