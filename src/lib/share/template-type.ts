/** A plan template as links name it: the cells of plan years 1–10 (a number per scalar) and the noted parameters. */
export interface FrozenTemplate {
	readonly version: number;
	/** The note the illustrative parameters carry in the template. */
	readonly note: string;
	readonly cells: Readonly<Record<string, number | null | readonly (number | null)[]>>;
	/** Parameters whose template entry carries `note`. */
	readonly illustrative: readonly string[];
}
