/**
 * The console's words in its three languages (nb, nn, en), and how a request picks one:
 * `?lang=`, else the language cookie the switch sets, else Accept-Language, else English.
 * Plain strings only: every value is escaped where it is put into HTML (html.ts).
 */
import type { IncomingMessage } from 'node:http';
import type { WordKey, Words } from './words-en.js';
export type { WordKey, Words } from './words-en.js';
export type Language = 'nb' | 'nn' | 'en';
export declare const LANGUAGES: readonly Language[];
/** The BCP 47 locale each language formats dates and numbers with. */
export declare const LOCALES: Record<Language, string>;
export declare const WORDS: Record<Language, Words>;
/** A word with `{name}` placeholders filled in (plain text: the caller escapes it). */
export declare function say(words: Words, key: WordKey, values?: Record<string, string | number>): string;
/** The language a request asks for; `cookies` are the request's parsed cookies. */
export declare function pickLanguage(req: IncomingMessage, query: URLSearchParams, cookies: Map<string, string>): Language;
/** The Set-Cookie value remembering a language picked with `?lang=`. */
export declare function languageCookie(language: Language, secure: boolean): string;
