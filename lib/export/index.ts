/** Scorecard exports: CSV (the default), XLSX (typed cells) and the printable one-page scorecard. */
export * from './csv';
export * from './filename';
export * from './printable-scorecard';
export * from './scorecard-columns';
export * from './scorecard-csv';
export * from './scorecard-xlsx';
