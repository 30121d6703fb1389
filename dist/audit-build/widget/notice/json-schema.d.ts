type JsonSchema = Record<string, unknown>;
/** What each field means, by `Object.field` (the object kinds' names in schema.ts). */
export declare const DESCRIPTIONS: Record<string, string>;
export declare function noticeJsonSchema(): JsonSchema;
export {};
