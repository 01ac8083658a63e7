/** Words of the scenario library's saving and storage states (the library bar's status and red line; `storage.*`). */
import type { Msg } from '../types';

export const storage = {
	'storage.saved': { zh: '已保存', en: 'Saved' },
	'storage.saving': { zh: '正在保存…', en: 'Saving…' },
	'storage.memoryOnly': { zh: '仅在本页内存中，未存入浏览器', en: 'In this tab only — not stored' },
	'storage.notSaved': { zh: '未保存！', en: 'Not saved!' },
	'storage.noIndexedDb': {
		zh: '此浏览器不提供本地存储（IndexedDB，隐私窗口常见）：您的修改只保存在本页内存中，关闭本页即丢失。请用「导出 JSON」或「导出 XLSX」保存，或换用普通窗口。',
		en: 'This browser offers no local storage (IndexedDB; private windows often block it): your work is kept only in this tab and is lost when it closes. Use Export JSON or Export XLSX to keep it, or use a normal window.'
	},
	'storage.blocked': {
		zh: '另一个标签页正运行旧版本的工作台并占用本地数据库：请关闭或刷新那个标签页。在此之前，您的修改保存在本页内存中；那个标签页关闭后会自动写入。',
		en: 'Another tab runs an older version of the workbench and holds the library: close or reload that tab. Until then your work is kept in this tab only; it is written to the library as soon as that tab closes.'
	},
	'storage.newer': {
		zh: '本地数据库已被其他标签页中更新版本的工作台使用，本页无法读写：请先导出本页的修改（JSON 或 XLSX），再刷新本页。',
		en: 'A newer version of the workbench in another tab has taken over the library, so this tab cannot store anything: export your work here (JSON or XLSX), then reload this page.'
	},
	'storage.quota': {
		zh: '浏览器存储空间已满，修改未能存入浏览器，只保留在本页：请导出 JSON 或 XLSX，然后清理空间（清空回收站、删除旧情景）。有空间后会自动保存。',
		en: 'Browser storage is full, so your edits are not stored, only kept in this tab: export JSON or XLSX, then free space (empty the bin, delete old scenarios). They are saved automatically once there is room.'
	},
	'storage.failed': {
		zh: '无法写入浏览器存储（{detail}）：修改只保留在本页。请导出 JSON 或 XLSX 保存；存储恢复后会自动保存。',
		en: 'The browser refused to store your edits ({detail}): they are kept in this tab only. Export JSON or XLSX to keep them; they are saved automatically once storage works again.'
	},
	'storage.clashTitle': {
		zh: '另一个标签页同时修改了相同的单元格，请选择保留哪个值（两个值都会留在修改历史中）：',
		en: 'Another tab changed the same cells at the same time. Choose which value to keep (both stay in History):'
	},
	'storage.clashRow': { zh: '{cell}：我的 {mine} · 对方 {theirs}', en: '{cell}: mine {mine} · theirs {theirs}' },
	'storage.keepMine': { zh: '保留我的', en: 'Keep mine' },
	'storage.takeTheirs': { zh: '采用对方的', en: 'Take theirs' },
	'storage.discardUnsaved': {
		zh: '「{name}」有未保存的修改，继续将丢失这些修改。先导出可保留它们。仍要继续吗？',
		en: '"{name}" has edits that are not stored; continuing loses them. Export first to keep them. Continue anyway?'
	},
	'storage.deleteMemory': {
		zh: '「{name}」只在本页内存中，删除后无法恢复。确定删除？',
		en: '"{name}" exists only in this tab; deleting it cannot be undone. Delete it?'
	},
	'storage.binned': {
		zh: '此情景已在另一个标签页中移入回收站：恢复它才能继续保存修改。',
		en: 'This scenario was moved to the bin in another tab: restore it to keep saving edits.'
	},
	// A refused library call, as the screen says it (state/save-state.ts storeFailure): one line per kind.
	'storage.e.unavailable': {
		zh: '本浏览器的情景库未打开（本地存储 IndexedDB 不可用，隐私窗口常见）：当前的修改只在本页内存中，可以导出保存。',
		en: 'The scenario library is not open in this browser (its local storage, IndexedDB, is unavailable; private windows often block it): your work is in this tab only and can be exported.'
	},
	'storage.e.notFound': {
		zh: '情景库中没有这一项（可能已在另一个标签页中删除或清理）。',
		en: 'That is not in the library (deleted or purged in another tab?).'
	},
	'storage.e.conflict': {
		zh: '另一个标签页已先修改了此情景，本次未写入：请刷新本页后再试。',
		en: 'Another tab changed this scenario first, so nothing was written: reload this page and try again.'
	},
	'storage.e.invalid': {
		zh: '数据无效，未做任何更改（{n} 处问题）。',
		en: 'The data is invalid; nothing changed ({n} problems).'
	}
} satisfies Record<string, Msg>;

export type StorageKey = keyof typeof storage;
