/**
 * What the analytics bench times, as one entry to bundle (support/bundle.ts `bundleForNode`): the
 * analysis and the blocks' reader come from one bundle, as in the extension (the index knows a
 * block's records by their class).
 */
export { analyseProgram, computeScorecards, DEFAULT_SETTINGS, indexProgram } from '../../lib/analytics/index';
export { unpackBlock } from '../../lib/rollups/blocks';
