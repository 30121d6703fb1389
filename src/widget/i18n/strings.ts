/**
 * Every word the widget itself says, as one typed table per language. A language module that
 * misses a string (or a `{placeholder}` in one) fails the typecheck, so no visitor ever meets a
 * blank button or a stray key. Tables are plain data, strings only, so that sv, da and de can
 * ship as JSON files fetched for the visitors who need them (scripts/languages.mjs).
 * The notice's own texts (titles, purposes, …) come from the config, not from here.
 */
import type { LegalBasis, Method, Right } from '../types.js';

/** A string with `{k}` somewhere in it, for `fill()` to replace. */
type Has<K extends string> = `${string}{${K}}${string}`;

export interface Strings {
  /** Accessible name of the first layer's region landmark. */
  region: string;
  acceptAll: string;
  rejectAll: string;
  choose: string;
  save: string;
  close: string;
  /** Title of the second layer. */
  settings: string;
  /** Accessible name of the small button that re-opens the choices after a decision. */
  reopen: string;
  /** First-layer text when the notice has no `summary`: who, and the purposes (a list). */
  summary: Has<'controller'> & Has<'purposes'>;
  /** Link to the controller's full privacy notice. */
  fullNotice: string;
  /** Shown beside the locked `necessary` switch. */
  alwaysOn: string;
  services: string;
  provider: string;
  purpose: string;
  legalBasis: string;
  cookies: string;
  transfer: string;
  /** Link text for a service's own privacy policy. */
  policy: string;
  data: string;
  retention: string;
  recipients: string;
  /** Heading of the notice summary (purposes, legal bases, …). */
  processing: string;
  rights: string;
  authority: string;
  controller: string;
  orgNumber: string;
  address: string;
  email: string;
  phone: string;
  dpo: string;
  yourDecision: string;
  consentId: string;
  date: string;
  history: string;
  /** The current decision came from the browser's Global Privacy Control signal. */
  gpc: string;
  /** Announced (aria-live) after a decision. */
  saved: string;
  /** Placeholder of a blocked iframe. */
  blocked: Has<'service'> & Has<'category'>;
  allowAndShow: string;
  /** Each legal basis in plain words. */
  bases: Record<LegalBasis, string>;
  /** Each right as one plain sentence. */
  rightText: Record<Right, string>;
  /** How a decision was made, for the visitor's history. */
  methods: Record<Method, string>;
}
