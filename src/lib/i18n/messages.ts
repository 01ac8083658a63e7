/** Kept so the many `import … from '…/i18n/messages'` lines keep working; new code imports from `…/i18n`. */
export { MESSAGES, type MessageKey, type Lang, t as tr } from './index';
