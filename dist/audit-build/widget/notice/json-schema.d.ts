type JsonSchema = Record<string, unknown>;
/** What each field means, by `Object.field` (the object kinds' names in schema.ts). */
export declare const DESCRIPTIONS: Record<string, string>;
/** The notice's JSON Schema (draft 2020-12): the notice's shape, every object kind a definition. */
export declare function noticeJsonSchema(): JsonSchema;
export {};
