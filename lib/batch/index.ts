export * from './types';
export { choiceColumn, dateColumn, idCardColumn, integerColumn, mobileColumn, moneyColumn, monthColumn, textColumn } from './columns';
export { defineReport, headerOf, withDbRules } from './define';
export { checkUpload, parseUpload, streamUpload, DEFAULT_MAX_ERRORS, DEFAULT_MAX_ROWS, type StreamedUpload } from './parse';
export { DEFAULT_MAX_BYTES } from './scan';
export { buildTemplate, type TemplateOptions } from './template';
export { markErrors, ERROR_COLUMN } from './mark-errors';
export { EXAMPLE_MARK, formatRowError } from './validate';
