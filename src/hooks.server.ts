/**
 * Runs when the site is built (every page is prerendered; nothing runs on a server afterwards): the workbench's
 * page gets its first paint (src/lib/ui/first-paint/), the other pages nothing.
 */
import type { Handle } from '@sveltejs/kit';
import { firstPaintHtml } from '$lib/ui/first-paint/plan.server';

let built: string | null = null;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			event.url.pathname === '/'
				? html
						.replace('<!--first-paint-head-->', '<link rel="stylesheet" href="./first-paint.css" />')
						.replace('<!--first-paint-->', (built ??= firstPaintHtml()))
				: html.replace('<!--first-paint-head-->', '').replace('<!--first-paint-->', '')
	});
