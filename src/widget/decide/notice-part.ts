/**
 * The notice part (`samtykke-notice.mjs`): the decision maker, and what turns a notice validated
 * ahead (SPEC §1, `samtykke validate --stamp`) into its Config without the validator. A first
 * visit with a stamped notice fetches this part and not the validator (`samtykke-decide.mjs`,
 * which imports this one for its decision maker).
 */
import { normaliseValidated } from '../notice/normalise.js';
import { hasValidStamp } from '../notice/stamp.js';
import type { Config } from '../types.js';

export { makeDecision } from './decision.js';

/**
 * The Config of a notice whose stamp matches its text and this rules edition, or null: no
 * stamp, a stamp of other rules, an edited notice, a page where the browser offers no SHA-256
 * (plain http), or a notice of a shape the validator would refuse. Null means "validate it in
 * full", which says what is wrong, if anything.
 */
export async function stampedConfig(source: { text: string } | { object: unknown }): Promise<Config | null> {
  try {
    // An object from init(config) is read as the JSON it would be written as: what is hashed
    // is exactly what is used.
    const notice: unknown = JSON.parse('text' in source ? source.text : JSON.stringify(source.object));
    return (await hasValidStamp(notice)) ? normaliseValidated(notice) : null;
  } catch {
    return null; // unreadable, or not the notice the validator passed (normalise.ts)
  }
}
