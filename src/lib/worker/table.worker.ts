/** The data-table worker: a comlink shell around model/montecarlo/datatable-api.ts, with the sheet's formula propagation. */
import * as Comlink from 'comlink';
import { createTableApi } from '../model/montecarlo/datatable-api';
import { propagatorFactory } from '../sheet/propagate';

Comlink.expose(createTableApi(propagatorFactory), self as unknown as Comlink.Endpoint);
