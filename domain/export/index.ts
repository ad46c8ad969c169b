export * from './export-tables';
export * from './print-layout';
export * from './actions-sheet';
export * from './brief-sheet';
export * from './summary-by-source';
