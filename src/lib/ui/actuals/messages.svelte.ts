import type { Msg } from '$lib/i18n';

/** What the actuals entry has to say: the problems that refused a change, or a note (shown one at a time). */
export class ActualsMessages {
	problems = $state<Msg[]>([]);
	note = $state<Msg | null>(null);
}
