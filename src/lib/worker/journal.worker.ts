/**
 * The journal writer: a comlink shell that writes accepted edits to IndexedDB from its own thread. On the page
 * the confirmation of a write waits behind Enter's rendering and the engine's reply (15–40 ms on this machine);
 * here it is committed and confirmed in a few milliseconds whatever the page is doing (bench edit_durable).
 */
import * as Comlink from 'comlink';
import { createJournalApi } from '../store/journal-writer';

Comlink.expose(createJournalApi(), self as unknown as Comlink.Endpoint);
