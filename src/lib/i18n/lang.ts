/** The UI language: the planner's saved choice, else Chinese where the browser prefers it. */
import type { Lang } from './messages';

export function preferredLang(): Lang {
	const saved = localStorage.getItem('lang');
	if (saved === 'zh' || saved === 'en') return saved;
	return navigator.languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

export function saveLang(lang: Lang) {
	localStorage.setItem('lang', lang);
	document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}
