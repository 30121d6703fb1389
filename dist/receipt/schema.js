/**
 * The proof receipt (SPEC §7) as one JSON Schema: the single contract that the receiver, the
 * audit and the tests check receipts against, and that the `Receipt` type describes.
 *
 * This module is plain data and types: no Node built-ins, no Ajv, nothing that runs. Browser
 * code may import it without pulling anything else in. Compiling the schema into a validator
 * is the job of the programs that check untrusted receipts (src/receiver, src/browser for the audit).
 *
 * `via`, `userActivation` and `subject` are optional: receipts made by older widgets, still
 * waiting in visitors' queues, lack them and must still be accepted. `userAgent` is optional: a
 * receipt that grants nothing beyond necessary proves no consent and carries none (SPEC §7).
 */
/** How a decision was made (SPEC §4, §7). */
export const METHODS = ['accept-all', 'reject-all', 'custom', 'gpc', 'withdraw', 'api'];
/** Where a decision was made: the widget's banner, its dialog, a placeholder, the API, or the browser (GPC). */
export const VIA = ['banner', 'dialog', 'placeholder', 'api', 'browser'];
/** A UUID in its canonical 8-4-4-4-12 layout, either case. */
export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
/**
 * An ISO 8601 date-time in UTC ("Z"), as Date#toISOString() writes it. The format check
 * ("date-time") adds what a pattern cannot: no 30 February, no hour 24.
 */
export const UTC_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$';
/** The longest `subject` accepted: room for a keyed hash or a customer reference, not a document. */
export const MAX_SUBJECT_LENGTH = 256;
const uuid = { type: 'string', pattern: UUID_PATTERN };
const utc = { type: 'string', pattern: UTC_PATTERN, format: 'date-time' };
/** categories / services: id → boolean, bounded so one receipt stays small. */
const booleanMap = {
    type: 'object',
    maxProperties: 200,
    propertyNames: { type: 'string', minLength: 1, maxLength: 64 },
    additionalProperties: { type: 'boolean' },
};
/**
 * The JSON Schema (draft-07) of a receipt. Each top-level property's `description` finishes the
 * sentence "<field> must be …", so a refusal can name the field and the rule in plain words.
 */
export const RECEIPT_SCHEMA = {
    $id: 'https://samtykke.dev/schema/receipt-v1.json',
    title: 'samtykke proof receipt, version 1 (SPEC §7)',
    type: 'object',
    additionalProperties: false,
    required: [
        'v',
        'receiptId',
        'consentId',
        'timestamp',
        'method',
        'revision',
        'noticeHash',
        'language',
        'controller',
        'categories',
        'services',
        'gpc',
        'url',
        'widget',
        'previousReceiptId',
        'expiresAt',
    ],
    properties: {
        v: { const: 1, description: '1 (this receiver knows receipt version 1 only)' },
        receiptId: { ...uuid, description: 'a UUID' },
        consentId: { ...uuid, description: 'a UUID' },
        timestamp: { ...utc, description: 'an ISO 8601 UTC date-time' },
        method: { type: 'string', enum: METHODS, description: `one of ${METHODS.join(', ')}` },
        revision: { type: 'string', minLength: 1, maxLength: 200, description: 'a string of 1 to 200 characters' },
        noticeHash: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$', description: '"sha256:" and 64 lowercase hex digits' },
        language: { type: 'string', minLength: 1, maxLength: 35, description: 'a language tag of 1 to 35 characters' },
        controller: {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: {
                name: { type: 'string', minLength: 1, maxLength: 300 },
                orgNumber: { type: 'string', minLength: 1, maxLength: 50 },
            },
            description: 'an object with a name (and an orgNumber)',
        },
        categories: { ...booleanMap, description: 'an object of at most 200 category ids (1 to 64 characters) → booleans' },
        services: { ...booleanMap, description: 'an object of at most 200 service ids (1 to 64 characters) → booleans' },
        gpc: { type: 'boolean', description: 'true or false' },
        url: {
            type: 'string',
            minLength: 1,
            maxLength: 2048,
            pattern: '^https?://[^/?#\\s]+[^\\s]*$',
            description: 'an absolute http(s) URL of at most 2048 characters',
        },
        userAgent: {
            type: 'string',
            maxLength: 1024,
            description: 'a string of at most 1024 characters (left out when nothing beyond necessary is granted)',
        },
        widget: { type: 'string', minLength: 1, maxLength: 100, description: 'a string of 1 to 100 characters' },
        previousReceiptId: { type: ['string', 'null'], pattern: UUID_PATTERN, description: 'a UUID or null' },
        expiresAt: { ...utc, description: 'an ISO 8601 UTC date-time' },
        via: { type: 'string', enum: VIA, description: `one of ${VIA.join(', ')}` },
        userActivation: { type: 'boolean', description: 'true or false' },
        subject: {
            type: ['string', 'null'],
            minLength: 1,
            maxLength: MAX_SUBJECT_LENGTH,
            description: `a string of 1 to ${MAX_SUBJECT_LENGTH} characters, or null`,
        },
    },
};
/** Every field a receipt may have, in the order a stored record lists them. */
export const RECEIPT_FIELDS = Object.keys(RECEIPT_SCHEMA.properties);
