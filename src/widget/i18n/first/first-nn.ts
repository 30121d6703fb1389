import type { FirstStrings } from '../strings.js';

/**
 * Norsk nynorsk: the first layer's words only, a file of their own so a first visit fetches
 * these and no other language's (the rest of the table is ../nn.ts, which spreads these in).
 */
export const firstNn: FirstStrings = {
  region: 'Informasjonskapslar og personvern',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  choose: 'Tilpass',
  heading: '{controller}: informasjonskapslar',
  summary:
    '{controller} ønskjer å bruke informasjonskapslar og liknande teknologi til {purposes}. Det skjer berre om du seier ja. Nødvendige informasjonskapslar er alltid på.',
  thirdParties: 'Om du seier ja, får desse verksemdene opplysningar om deg: {providers}.',
  changeAnyTime: 'Du kan når som helst endre valet ditt under «Personvernval».',
  fullNotice: 'Les heile personvernerklæringa',
  saved: 'Vala dine er lagra',
};
