/**
 * Scenarios kept in this tab's memory while the browser's storage cannot be used, and which of them were
 * edited (written to the library once storage is back; the browser asks before the tab closes).
 */
import type { ScenarioDoc } from '../model/scenario';
import type { ScenarioSummary } from '../store';

export class MemoryShelf {
	readonly docs = new Map<string, ScenarioDoc>();
	readonly dirty = new Set<string>();

	/** The shelf as the library's list shows it. */
	summaries(): ScenarioSummary[] {
		return [...this.docs].map(([id, d]) => ({
			id,
			name: d.name,
			description: d.description,
			rev: 0,
			updatedAt: 0,
			deletedAt: null
		}));
	}

	clear() {
		this.docs.clear();
		this.dirty.clear();
	}
}
