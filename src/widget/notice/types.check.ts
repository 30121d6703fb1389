/**
 * Compile-time checks of the types inferred from the schema table (schema.ts): `npm run
 * typecheck` fails when one no longer holds. Nothing here is imported or bundled.
 */
import type { Config, ConsentModeOptions, NoticeInput, NOTICE, Service, Text, TrackerRule } from './schema.js';
import type { InputOf } from './spec.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const holds = <T extends true>(): T => true as T;

// The written-out NoticeInput (input.generated.ts, with its doc comments) is the table's input type.
holds<Equal<NoticeInput, InputOf<typeof NOTICE>>>();

// A site owner's smallest notice compiles as the input of init().
const minimal: NoticeInput = { revision: '1', controller: { name: 'Eksempel AS' }, categories: { analytics: {} } };

// @ts-expect-error: typos are caught (revison, controler), and the required fields are missing
const typo: NoticeInput = { revison: '1', controler: {} };

// @ts-expect-error: a Config (after defaults) has services, cookie, gpc, …: a minimal notice is not one
const notAConfig: Config = minimal;

// @ts-expect-error: a legal basis outside the list
const badBasis: NoticeInput = { ...minimal, purposes: [{ title: 'x', legalBasis: 'interest' }] };

// The shapes the rest of the widget relies on.
holds<Equal<Config['googleConsentMode'], false | ConsentModeOptions>>();
holds<Equal<Config['autoBlock'], false | { trackers: TrackerRule[]; frames?: string[] }>>();
holds<
  Equal<
    Config['cookie'],
    { name: string; domain: string; path: string; sameSite: 'Lax' | 'Strict' | 'None'; expiresAfterDays: number }
  >
>();
holds<Equal<Config['summary'], Text | undefined>>();
holds<Equal<Service['name'], Text | undefined>>();
holds<Equal<Service['role'], 'processor' | 'joint-controller' | 'controller' | undefined>>();
holds<Equal<Service['cookies'], { name: string; pattern?: string; duration?: Text }[]>>();
holds<Equal<Config['categories'], Record<string, { title?: Text; description?: Text }>>>();
holds<Equal<Config['theme'], 'auto' | 'light' | 'dark'>>();
// Defaults are optional in the input, present in the output.
holds<Equal<NoticeInput['gpc'], 'honor' | 'ignore' | undefined>>();
holds<Equal<Config['gpc'], 'honor' | 'ignore'>>();
// `$schema` may be written (editors), and is not kept.
holds<Equal<NoticeInput['$schema'], string | undefined>>();
holds<Equal<'$schema' extends keyof Config ? true : false, false>>();

export type { typo, notAConfig, badBasis };
