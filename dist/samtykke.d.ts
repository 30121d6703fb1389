export * from './types/widget/module.js';
