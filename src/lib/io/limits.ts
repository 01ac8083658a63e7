/** Sizes past which a file is refused before it is read: a scenario file is a few kilobytes. */
export const MAX_FILE_BYTES = 2_000_000;
