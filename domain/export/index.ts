export * from './export-tables';
export * from './print-layout';
export * from './actions-sheet';
export * from './brief-sheet';
