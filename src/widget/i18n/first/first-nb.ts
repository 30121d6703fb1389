import type { FirstStrings } from '../strings.js';

/**
 * Norsk bokmål: the first layer's words only, a file of their own so a first visit fetches
 * these and no other language's (the rest of the table is ../nb.ts, which spreads these in).
 */
export const firstNb: FirstStrings = {
  region: 'Informasjonskapsler og personvern',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  choose: 'Tilpass',
  heading: '{controller}: informasjonskapsler',
  summary:
    '{controller} ønsker å bruke informasjonskapsler og lignende teknologi til {purposes}. Det skjer bare hvis du sier ja. Nødvendige informasjonskapsler er alltid på.',
  thirdParties: 'Hvis du sier ja, får disse virksomhetene opplysninger om deg: {providers}.',
  changeAnyTime: 'Du kan når som helst endre valget ditt under «Personvernvalg».',
  fullNotice: 'Les hele personvernerklæringen',
  saved: 'Valgene dine er lagret',
};
