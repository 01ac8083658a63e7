import { afterEach, expect, test, vi } from 'vitest';
import { openLibraryChannel, type LibraryMessage } from '../../src/lib/store/channel';

afterEach(() => vi.unstubAllGlobals());

const nextMessage = (subscribe: (f: (m: LibraryMessage) => void) => () => void) =>
	new Promise<LibraryMessage>((resolve) => {
		const stop = subscribe((m) => {
			stop();
			resolve(m);
		});
	});

test('a message posted in one tab reaches the other, not the sender; garbage is ignored', async () => {
	const name = `chan-${crypto.randomUUID()}`;
	const sender = openLibraryChannel(name);
	const receiver = openLibraryChannel(name);
	const toSelf = vi.fn();
	sender.subscribe(toSelf);
	const raw = new BroadcastChannel(name);

	const received = nextMessage(receiver.subscribe);
	raw.postMessage({ type: 'saved', id: 42 }); // another release's message: ignored
	raw.postMessage('hello');
	sender.post({ type: 'removed', id: 'b' });
	expect(await received).toEqual({ type: 'removed', id: 'b' });
	expect(toSelf).not.toHaveBeenCalled();
	[sender, receiver].forEach((c) => c.close());
	raw.close();
});

test('without BroadcastChannel the notifier does nothing and does not throw', () => {
	vi.stubGlobal('BroadcastChannel', undefined);
	const channel = openLibraryChannel('x');
	const stop = channel.subscribe(() => {
		throw new Error('never called');
	});
	expect(() => channel.post({ type: 'saved', id: 'a', rev: 1 })).not.toThrow();
	stop();
	channel.close();
});
