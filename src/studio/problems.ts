/**
 * The notice checked by the widget's own validator (src/widget/notice/validate.ts: the same code
 * the browser runs before it shows anything), and each error and warning placed next to the
 * field it is about: the form registers the path of every field and section it shows, and a
 * problem goes to the deepest of those that contains its path (`controller` for "no way to reach
 * the controller", `services[2].cookies[0].duration` for a missing duration).
 */
import { validate } from '../widget/notice/validate.js';
import { problemText } from './problem-words.js';
import { interfaceLanguage, t } from './strings.js';

export interface Problem {
  kind: 'error' | 'warning';
  /** As the validator writes it: `services[2].category`. */
  path: string;
  /** The validator's words, in the studio's language (nb, nn) where it has them, else as written (English). */
  message: string;
  /** The validator's code for it (`consent-by-use`), when it gives one. */
  code?: string;
  /** The law or rule behind it, in short. */
  rule: string;
  /** The path of the field or section that shows it. */
  anchor: string;
}

export interface Check {
  errors: Problem[];
  warnings: Problem[];
  /** Problems shown at this field or section (its path). */
  at(anchor: string): Problem[];
}

/** The paths the form shows. */
type Shown = { has(path: string): boolean };

/** The enclosing path: `a.b[2]` → `a.b`, `a` → '(root)'. */
export function parentPath(path: string): string {
  const parent = path.replace(/(\.[^.[]+|\[[^\]]*\])$/, '');
  return parent === path || !parent ? '(root)' : parent;
}

/** The deepest registered path that contains `path`. */
function anchorOf(path: string, anchors: Shown): string {
  let candidate = path;
  while (candidate !== '(root)' && !anchors.has(candidate)) candidate = parentPath(candidate);
  return candidate;
}

const CITATIONS = [
  /ekomloven § 3-15/,
  /ePrivacy art\. 5\(3\)/,
  /GDPR art\. [\d()a-z]+( and \d+(\(\d+\))?)?/,
  /EDPB[^.;)]*/,
  /Register of Legal Entities/,
];

/** The rule a message rests on: its citations, or the notice format (SPEC §3). */
function ruleOf(message: string): string {
  const found = CITATIONS.map((pattern) => pattern.exec(message)?.[0]).filter((x): x is string => !!x);
  if (/mod-11/.test(message)) return 'brreg.no: mod 11';
  if (/more than 395|within 13 months|days\. Regulators/.test(message)) return 'Datatilsynet/EDPB: 13 months';
  return found.length ? found.join('; ') : t('formatRule');
}

/** Validates the notice and places each problem at one of `anchors` (paths the form shows). */
export function check(notice: unknown, anchors: Shown): Check {
  const result = validate(notice, { codes: true });
  const place =
    (kind: Problem['kind']) =>
    (p: { path: string; message: string; code?: string; params?: Record<string, string> }): Problem => ({
      kind,
      path: p.path,
      message: problemText(p, interfaceLanguage()),
      code: p.code,
      rule: ruleOf(p.message),
      anchor: anchorOf(p.path, anchors),
    });
  const errors = result.errors.map(place('error'));
  const warnings = result.warnings.map(place('warning'));
  const all = [...errors, ...warnings];
  return { errors, warnings, at: (anchor) => all.filter((p) => p.anchor === anchor) };
}
