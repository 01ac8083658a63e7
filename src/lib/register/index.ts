/** The register's public API: import, summarise, apply to a scenario, export, sample. */
export { importRegister, importCsv, importXlsx } from './import';
export { summarise, summaryColumns, type RegisterSummary, type Stats } from './summary';
export { startState, diffStart, START_KEYS, type CellChange } from './apply';
export { registerCsv, type RegisterCsvOptions } from './export';
export { writeCsv, type CsvColumn } from './csv';
export { sampleRegister, type SampleOptions } from './sample';
export { decodeBytes } from './decode';
export * from './types';
