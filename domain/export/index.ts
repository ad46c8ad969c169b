export * from './export-tables';
export * from './print-layout';
