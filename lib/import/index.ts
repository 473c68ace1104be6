/**
 * Import of the export files sellers download from the Affiliate Center: Creator data / Creator
 * analysis, Video data / Video list and Affiliate orders, as `.xlsx` or `.csv`. Pure and
 * framework-free: bytes in, rows out (storing them is `lib/db`'s job).
 */
export { importExportFile, MAX_FILE_BYTES, sniffFile } from './import-file';
export type { ImportOptions, ImportOutcome, ImportResult } from './import-file';
export { detectExportKind, findHeaderRow, matchExportKind } from './detect-kind';
export type { ExportKind, HeaderRow } from './detect-kind';
export { normaliseExportHeader } from './header-names';
export { orderLineKey } from '../model/keys';
export type { ImportedOrderRow } from '../model/program';
export { SUMMED_VIDEO_METRICS } from './video-rows';
export { FILE_ERROR } from './messages';
export { REJECTION } from './rejections';
