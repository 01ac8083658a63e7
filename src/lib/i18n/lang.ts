/** The UI language: the planner's saved choice, else Chinese where the browser prefers it. */
import { htmlLang, type Lang } from './index';

export function preferredLang(): Lang {
	const saved = localStorage.getItem('lang');
	if (saved === 'zh' || saved === 'en') return saved;
	return navigator.languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

export function saveLang(lang: Lang) {
	localStorage.setItem('lang', lang);
	document.documentElement.lang = htmlLang(lang);
}
