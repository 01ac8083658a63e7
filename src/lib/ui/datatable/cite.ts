/** A model-documentation section's heading ("六、区财政支出" / "6. District outlay"), for citations in words. */
import type { Lang } from '../../i18n';
import { MODEL_SOURCES, type ModelSection } from '../model/model-doc';

export function sectionTitle(L: Lang, section: ModelSection): string {
	const m = new RegExp(`^#+ (.*?)\\s*\\{#${section}\\}\\s*$`, 'm').exec(MODEL_SOURCES[L]);
	return m ? m[1] : section;
}
