// Compile-only test of the published types (dist/samtykke.d.ts): what a bundler user writes.
// `tsc -p test/types` must pass; the @ts-expect-error lines must stay errors.
import { init, validate, type Consent, type Receipt, type SamtykkeAPI } from '../../dist/samtykke.js';

const api: SamtykkeAPI = init({ revision: '1', controller: { name: 'Eksempel AS' }, categories: { analytics: {} } });
const c: Consent | null = api.get();
const granted: boolean = api.granted('analytics', 'google-analytics');
const off: () => void = api.on('change', (d) => void d);
void api.whenGranted('marketing').then(() => undefined);
void api.set({ analytics: true }).then((next: Consent) => next.method);
void api.history().then((h: Receipt[]) => h[0]?.noticeHash);
const methods: Consent['method'][] = ['accept-all', 'reject-all', 'custom', 'gpc', 'withdraw', 'api'];
const problems = validate({}).errors.map((p) => p.path);

// @ts-expect-error: set() takes id → boolean
void api.set({ analytics: 'yes' });
// @ts-expect-error: there is no 'decide' event
api.on('decide', () => {});

export { c, granted, off, methods, problems };
