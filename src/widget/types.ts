/**
 * The words of SPEC.md as types: the notice (config), the visitor's Consent and the proof
 * Receipt. Pure declarations; nothing here runs.
 */

/** A text of the notice: a plain string, or a map of language → string. Always shown as text. */
export type Text = string | Record<string, string>;

export type LegalBasis =
  | 'consent'
  | 'contract'
  | 'legal-obligation'
  | 'vital-interests'
  | 'public-task'
  | 'legitimate-interests';

export type Right =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'portability'
  | 'objection'
  | 'withdraw'
  | 'complaint';

export interface Controller {
  name: string;
  orgNumber?: string;
  address?: string;
  email?: string;
  phone?: string;
  dpoEmail?: string;
  policyUrl?: string;
}

export interface Category {
  title?: Text;
  description?: Text;
}

export interface ServiceCookie {
  name: string;
  /** A regular expression over the whole cookie name; replaces `name` when deleting. */
  pattern?: string;
  duration?: Text;
}

export interface Service {
  id: string;
  category: string;
  name?: string;
  provider?: string;
  purpose?: Text;
  legalBasis?: LegalBasis;
  cookies?: ServiceCookie[];
  transfer?: Text;
  policyUrl?: string;
}

export interface Purpose {
  title: Text;
  legalBasis: LegalBasis;
  data?: Text;
  retention?: Text;
  recipients?: Text;
}

export interface CookieOptions {
  name: string;
  domain: string;
  path: string;
  sameSite: 'Lax' | 'Strict' | 'None';
  expiresAfterDays: number;
}

export interface ConsentModeOptions {
  mode: 'basic' | 'advanced';
  region?: string[];
  waitForUpdate: number;
  urlPassthrough?: boolean;
  adsDataRedaction?: boolean;
}

/** A tracker pattern the config adds to (or re-maps in) the built-in auto-blocking list. */
export interface TrackerRule {
  /** Host suffix, e.g. "googletagmanager.com". */
  host: string;
  /** Optional path prefix, e.g. "/gtag/js". */
  path?: string;
  service: string;
  category: string;
}

/** The notice as a site owner writes it (SPEC §3), after validation and defaults. */
export interface Config {
  revision: string;
  language: string;
  controller: Controller;
  summary?: Text;
  categories: Record<string, Category>;
  services: Service[];
  purposes: Purpose[];
  rights: Right[];
  authority?: { name: string; url?: string };
  proof?: { endpoint: string };
  cookie: CookieOptions;
  gpc: 'honor' | 'ignore';
  /** false, or the resolved options. */
  googleConsentMode: false | ConsentModeOptions;
  /** false, or extra tracker rules (possibly none) on top of the built-in list. */
  autoBlock: false | { trackers: TrackerRule[] };
  reloadOnWithdraw: boolean;
  /** 'auto' follows prefers-color-scheme. */
  theme: 'auto' | 'light' | 'dark';
}

export type Method = 'accept-all' | 'reject-all' | 'custom' | 'gpc' | 'withdraw' | 'api';

/** SPEC §5. */
export interface Consent {
  id: string;
  timestamp: string;
  revision: string;
  method: Method;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
}

/** SPEC §7. */
export interface Receipt {
  v: 1;
  receiptId: string;
  consentId: string;
  timestamp: string;
  method: Method;
  revision: string;
  noticeHash: string;
  language: string;
  controller: { name: string; orgNumber?: string };
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  gpc: boolean;
  url: string;
  userAgent: string;
  widget: string;
  previousReceiptId: string | null;
  expiresAt: string;
}

export interface ChangeDetail {
  consent: Consent | null;
  previous: Consent | null;
  changed: string[];
}

export interface ProofDetail {
  receipt: Receipt;
  status: 'delivered' | 'queued';
}

export interface ValidationProblem {
  /** JSON path, written like `controller.name` or `services[2].category`. */
  path: string;
  message: string;
}

export interface ValidationResult {
  /** The config with defaults filled in; null when there are errors. */
  config: Config | null;
  errors: ValidationProblem[];
  warnings: ValidationProblem[];
}
