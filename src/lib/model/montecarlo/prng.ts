/**
 * Counter-based seeding of sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, PractRand-clean to 2^40+
 * bytes). Every iteration i gets its own stream seeded from (seed, i) alone, so a run gives the same numbers
 * to the last digit whatever the split across workers or chunks, in the browser and in the CLI.
 */

/** murmur3's 32-bit finaliser: a bijection, so distinct (seed, i) keep distinct starting states. */
export function fmix32(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

/** Domains keep the per-iteration streams and the Latin-hypercube permutations apart. */
export const DOMAIN_ITERATION = 0x1b873593;
export const DOMAIN_LHS = 0x5bd1e995;

/**
 * A reusable generator whose state is reset in place (no allocation per iteration). The seed is any
 * non-negative integer up to 2^53; its high and low 32-bit halves both enter the state.
 */
export class Stream {
	private a = 0;
	private b = 0;
	private c = 0;
	private d = 1;

	reset(seed: number, index: number, domain = DOMAIN_ITERATION): this {
		const lo = seed >>> 0;
		const hi = Math.floor(seed / 4294967296) >>> 0;
		this.a = fmix32(lo ^ domain);
		this.b = fmix32(index >>> 0);
		this.c = fmix32(hi ^ 0x9e3779b9) ^ domain;
		this.d = 1;
		// The usual sfc32 warm-up: discard outputs so nearby keys (i, i+1) no longer look alike.
		for (let k = 0; k < 15; k++) this.next32();
		return this;
	}

	next32(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return t >>> 0;
	}

	/**
	 * A uniform double in the open interval (0, 1) on the 2^53 grid shifted by half a step: never 0 or 1, so the
	 * normal quantile stays finite, and symmetric (u and 1 − u are equally likely).
	 */
	uniform(): number {
		const hi = this.next32() >>> 5; // 27 bits
		const lo = this.next32() >>> 6; // 26 bits
		return (hi * 67108864 + lo + 0.5) / 9007199254740992;
	}
}

/** A seed from the CLI or the UI: a whole number 0 … 2^53 − 1, or a message saying what is wrong. */
export function checkSeed(seed: number): string | null {
	return Number.isSafeInteger(seed) && seed >= 0
		? null
		: `seed ${seed} is not a whole number between 0 and ${Number.MAX_SAFE_INTEGER}`;
}
