export * from './types/module.js';
