export * from './regions';
export * from './accounts';
export * from './sso';
export * from './filings';
export * from './qualifications';
export * from './posts';
export * from './min-wage';
export * from './reports';
