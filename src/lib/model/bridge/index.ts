/** The bridge (Shapley attribution) from a baseline scenario to an alternative: see bridge.ts. */
export { bridge, negligible, type Bridge, type BridgeOutput, type BridgeSide, type BridgeInteraction } from './bridge';
export { bridgeOutputNames } from './outputs';
export { changedKeys, MAX_EXACT, type Player } from './players';
export { shapley, type ShapleyResult } from './shapley';
export { restartBridge, type RestartBridge } from './restart';
