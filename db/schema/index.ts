export * from './regions';
export * from './organisations';
export * from './users';
export * from './classifier';
export * from './calendar';
export * from './audit';
export * from './documents';
