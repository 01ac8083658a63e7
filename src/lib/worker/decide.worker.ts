/** The Decide worker: a comlink shell around model/decide/api.ts, with the sheet's formula propagation. */
import * as Comlink from 'comlink';
import { createDecideApi } from '../model/decide/api';
import { propagatorFactory } from '../sheet/propagate';

Comlink.expose(createDecideApi(propagatorFactory), self as unknown as Comlink.Endpoint);
