// Compile-time proof that the hand-written Receipt type is exactly the type the JSON Schema
// describes: `npx tsc -p test/receipt` fails if a field, an optional mark, an enum or a
// nullability differs. Nothing here runs.
import type { FromSchema } from 'json-schema-to-ts';
import { RECEIPT_SCHEMA } from '../../src/receipt/schema.js';
import type { Receipt, Method, Via } from '../../src/receipt/schema.js';
import type { Method as BrowserMethod, Receipt as BrowserReceipt } from '../../src/widget/types.js';

type FromTheSchema = FromSchema<typeof RECEIPT_SCHEMA>;

/** True only when A and B are the same type (not merely assignable one way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

type Fields = { [K in keyof Receipt]-?: Equal<Receipt[K], FromTheSchema[K & keyof FromTheSchema]> };

export type Checks = [
  Expect<Equal<keyof Receipt, keyof FromTheSchema>>,
  Expect<Equal<Fields[keyof Fields], true>>,
  Expect<Equal<Method, FromTheSchema['method']>>,
  Expect<Equal<Via | undefined, FromTheSchema['via']>>,
  // Which fields may be left out: exactly userAgent (a receipt that grants nothing), via, userActivation and subject.
  Expect<
    Equal<
      { [K in keyof Receipt]-?: {} extends Pick<Receipt, K> ? K : never }[keyof Receipt],
      'userAgent' | 'via' | 'userActivation' | 'subject'
    >
  >,
  Expect<
    Equal<
      { [K in keyof FromTheSchema]-?: {} extends Pick<FromTheSchema, K> ? K : never }[keyof FromTheSchema],
      'userAgent' | 'via' | 'userActivation' | 'subject'
    >
  >,
  // One Method list: the browser code's type is the schema's.
  Expect<Equal<BrowserMethod, Method>>,
  Expect<Equal<BrowserReceipt, Receipt>>,
];
