export * from './uscc';
export * from './id-card';
export * from './contact';
export * from './uuid';
export * from './text';
