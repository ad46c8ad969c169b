export * from './export-tables';
