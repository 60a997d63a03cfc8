export * from './regions';
export * from './accounts';
export * from './sso';
