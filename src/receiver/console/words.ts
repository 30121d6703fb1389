/**
 * The console's words in its three languages (nb, nn, en), and how a request picks one:
 * `?lang=`, else the language cookie the switch sets, else Accept-Language, else English.
 * Plain strings only: every value is escaped where it is put into HTML (html.ts).
 */
import type { IncomingMessage } from 'node:http';
import { en } from './words-en.js';
import type { WordKey, Words } from './words-en.js';
import { nb, nn } from './words-norwegian.js';

export type { WordKey, Words } from './words-en.js';

export type Language = 'nb' | 'nn' | 'en';
export const LANGUAGES: readonly Language[] = ['nb', 'nn', 'en'];

/** The BCP 47 locale each language formats dates and numbers with. */
export const LOCALES: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export const WORDS: Record<Language, Words> = { nb, nn, en };

/** A word with `{name}` placeholders filled in (plain text: the caller escapes it). */
export function say(words: Words, key: WordKey, values: Record<string, string | number> = {}): string {
  return words[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

const LANGUAGE_COOKIE = 'samtykke_console_lang';

/** The language a request asks for; `cookies` are the request's parsed cookies. */
export function pickLanguage(req: IncomingMessage, query: URLSearchParams, cookies: Map<string, string>): Language {
  const asked = query.get('lang') ?? cookies.get(LANGUAGE_COOKIE);
  if (asked && (LANGUAGES as readonly string[]).includes(asked)) return asked as Language;
  for (const part of (req.headers['accept-language'] ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag === 'nn' || tag.startsWith('nn-')) return 'nn';
    if (tag === 'nb' || tag === 'no' || tag.startsWith('nb-') || tag.startsWith('no-')) return 'nb';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}

/** The Set-Cookie value remembering a language picked with `?lang=`. */
export function languageCookie(language: Language, secure: boolean): string {
  return `${LANGUAGE_COOKIE}=${language}; Path=/controller; SameSite=Strict; HttpOnly; Max-Age=31536000${secure ? '; Secure' : ''}`;
}
