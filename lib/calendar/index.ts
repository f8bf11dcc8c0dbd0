export * from './local-date';
export * from './holiday-rules';
export * from './working-days';
