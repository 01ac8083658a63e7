/** Sizes past which a file is refused before it is read: a scenario file is a few kilobytes. */
export const MAX_FILE_BYTES = 2_000_000;

/** Characters in one formula, in a file or typed into the grid: a parameter formula is a line or two. */
export const MAX_FORMULA = 1000;
