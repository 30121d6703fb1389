// Compile-only: every public type of the package as an app uses it, under `tsc --strict`
// (run by the packed-package test against the installed tarball, and by `npm test` against
// dist/ through test/types). The @ts-expect-error lines must stay errors.
import {
  init,
  validate,
  type Category,
  type ChangeDetail,
  type Config,
  type Consent,
  type ConsentModeOptions,
  type Controller,
  type CookieOptions,
  type LegalBasis,
  type Method,
  type NoticeInput,
  type ProofDetail,
  type Purpose,
  type ReadyDetail,
  type Receipt,
  type Right,
  type Role,
  type SamtykkeAPI,
  type SamtykkeEventMap,
  type SamtykkeEventName,
  type Service,
  type ServiceCookie,
  type Text,
  type TrackerRule,
  type ValidationProblem,
  type ValidationResult,
  type Via,
} from 'samtykke';
import { init as initHeadless, validate as validateHeadless } from 'samtykke/core';
import { ConsentGate, useConsent, useGranted, type ConsentGateProps } from 'samtykke/react';
import { sv } from 'samtykke/i18n/sv';

const controller: Controller = { name: 'Eksempel AS', orgNumber: '974451204' };
const title: Text = { nb: 'Statistikk', en: 'Statistics' };
const basis: LegalBasis = 'consent';
const role: Role = 'processor';
const right: Right = 'withdraw';
const cookie: ServiceCookie = { name: '_ga', duration: '2 years' };
const notice: NoticeInput = {
  revision: '1',
  controller,
  categories: { analytics: { title } },
  services: [{ id: 'ga', category: 'analytics', role, cookies: [cookie] }],
  purposes: [{ title: 'Statistics', legalBasis: basis }],
  rights: [right],
  googleConsentMode: { mode: 'advanced', region: ['NO'] },
};

// @ts-expect-error: misspelt fields (revison, controler) and the required ones missing
const typo: NoticeInput = { revison: '1', controler: {} };
// @ts-expect-error: init() takes a notice, not anything
init({ revison: '1', controler: {} });
// @ts-expect-error: a legal basis outside GDPR art. 6(1)
const badBasis: NoticeInput = { ...notice, purposes: [{ title: 'x', legalBasis: 'interest' }] };

const api: SamtykkeAPI = init(notice);
const same: SamtykkeAPI = initHeadless(notice);
const current: Consent | null = api.get();
const method: Method | undefined = current?.method;
const granted: boolean = api.granted('analytics', 'ga');
const stop: () => void = api.on('change', (detail) => {
  const changed: string[] = detail.changed;
  const previous: Consent | null = detail.previous;
  (void changed, previous);
});
api.on('proof', (detail: ProofDetail) => {
  const receipt: Receipt = detail.receipt;
  const via: Via | undefined = receipt.via;
  (void via, detail.status);
});
// @ts-expect-error: there is no 'decide' event
api.on('decide', () => {});
// @ts-expect-error: set() takes id → boolean
void api.set({ analytics: 'yes' });
void api.whenGranted('analytics').then(() => api.identify(null));
void api.history().then((receipts: Receipt[]) => receipts[0]?.noticeHash);

// The DOM events, typed on document.
document.addEventListener('samtykke:ready', (e) => {
  const detail: ReadyDetail = e.detail;
  void detail.consent?.categories.analytics;
});
document.addEventListener('samtykke:change', (e) => {
  const detail: ChangeDetail = e.detail;
  void detail.consent?.services;
});
document.addEventListener('samtykke:proof', (e) => void e.detail.receipt.receiptId);
// window.samtykke, declared for package users.
const fromWindow: SamtykkeAPI | undefined = window.samtykke;
window.samtykke?.show();

const names: SamtykkeEventName[] = ['ready', 'change', 'proof'];
const changeDetail: SamtykkeEventMap['change'] | undefined = undefined;
const result: ValidationResult = validate(notice);
const problems: ValidationProblem[] = [...result.errors, ...validateHeadless({}).warnings];
const config: Config | null = result.config;
const category: Category | undefined = config?.categories.analytics;
const service: Service | undefined = config?.services[0];
const purpose: Purpose | undefined = config?.purposes[0];
const cookieOptions: CookieOptions | undefined = config?.cookie;
const consentMode: ConsentModeOptions | false | undefined = config?.googleConsentMode;
const rule: TrackerRule = { host: 'stats.example.no', service: 'ga', category: 'analytics' };
// @ts-expect-error: a minimal notice is not a Config (the notice after defaults)
const notAConfig: Config = notice;

// React: the hooks and the gate.
function Video(): ReturnType<typeof ConsentGate> {
  // undefined: not known yet (server, hydration, before start-up); null: no decision.
  const consent: Consent | null | undefined = useConsent();
  const on: boolean = useGranted('marketing', 'youtube');
  const props: ConsentGateProps = {
    category: 'marketing',
    service: 'youtube',
    children: on ? consent?.id : null,
    pending: consent === undefined ? 'loading' : undefined,
  };
  return ConsentGate(props);
}
const swedishAccept: string = sv.acceptAll;

export {
  typo,
  badBasis,
  same,
  granted,
  stop,
  fromWindow,
  names,
  changeDetail,
  problems,
  category,
  service,
  purpose,
  cookieOptions,
  consentMode,
  rule,
  notAConfig,
  Video,
  swedishAccept,
};
