// Sentences about consent in nb, nn, en, sv, da and de, in the word orders real banners write:
// each row [language, sentence, the words that make it unlawful (use … claim), or null when it is
// lawful]. notice-rules-consent-by-use.test.ts puts every row in every visitor-facing field.

/** [language, sentence, use, claim]: consent claimed by use; `use` null for a bare assumption. */
export const UNLAWFUL: [string, string, string | null, string][] = [
  // nb
  ['nb', 'Ved å bruke nettstedet gir du samtykke til at vi bruker informasjonskapsler.', 'Ved å bruke', 'gir du samtykke'],
  ['nb', 'Fortsetter du å bruke nettsiden, godtar du at vi lagrer informasjonskapsler.', 'Fortsetter', 'godtar du'],
  ['nb', 'Videre bruk av nettstedet innebærer samtykke til bruk av informasjonskapsler.', 'Videre bruk', 'innebærer samtykke'],
  ['nb', 'Fortsatt bruk av denne siden anses som samtykke.', 'Fortsatt bruk', 'anses som samtykke'],
  ['nb', 'Hvis du fortsetter å surfe, aksepterer du bruken av cookies.', 'Hvis du fortsetter', 'aksepterer du'],
  ['nb', 'Når du besøker nettstedet vårt, samtykker du til informasjonskapsler.', 'Når du besøker', 'samtykker du'],
  ['nb', 'Ved å lukke dette vinduet godtar du våre vilkår for informasjonskapsler.', 'Ved å lukke', 'godtar du'],
  ['nb', 'Ved å scrolle videre på siden gir du ditt samtykke.', 'Ved å scrolle', 'gir du ditt samtykke'],
  ['nb', 'Dersom du blar videre, regnes det som samtykke.', 'Dersom du blar', 'regnes det som samtykke'],
  ['nb', 'Ved videre bruk går vi ut fra at du er enig.', 'Ved videre bruk', 'går vi ut fra at du'],
  ['nb', 'Bruker du nettsiden, betraktes det som et samtykke til statistikk.', 'Bruker', 'betraktes det som et samtykke'],
  // nn
  ['nn', 'Held du fram med å bruke nettstaden, godtek du informasjonskapslar.', 'Held du fram', 'godtek du'],
  ['nn', 'Bruker du nettstaden, samtykkjer du til at vi nyttar informasjonskapslar.', 'Bruker', 'samtykkjer du'],
  ['nn', 'Ved å nytte nettstaden gjev du samtykke til informasjonskapslar.', 'Ved å nytte', 'gjev du samtykke'],
  ['nn', 'Vidare bruk av nettstaden vert rekna som samtykke.', 'Vidare bruk', 'vert rekna som samtykke'],
  ['nn', 'Viss du held fram på nettsida, godtek du bruken av informasjonskapslar.', 'Viss du held fram', 'godtek du'],
  ['nn', 'Når du besøkjer nettstaden, samtykkjer du til statistikk.', 'Når du besøkjer', 'samtykkjer du'],
  ['nn', 'Ved å klikke på nettsida inneber det eit samtykke.', 'Ved å klikke', 'inneber det eit samtykke'],
  // en
  ['en', 'By using this website, you consent to our use of cookies.', 'By using', 'you consent'],
  ['en', 'By continuing to browse this site, you agree to the use of cookies.', 'By continuing', 'you agree'],
  ['en', 'If you continue to use this site we will assume that you are happy with it.', 'If you continue', 'assume that you'],
  ['en', 'Continuing to use this site constitutes acceptance of our cookie policy.', 'Continuing', 'constitutes acceptance'],
  ['en', 'Your continued use of the site means your consent to cookies.', 'Your continued', 'means your consent'],
  ['en', 'By closing this banner or scrolling the page you accept cookies.', 'By closing', 'you accept'],
  ['en', "We'll assume you're ok with this, but you can opt out if you wish.", null, 'assume you'],
  ['en', 'When you visit our pages you are agreeing to analytics cookies.', 'When you visit', 'you are agreeing'],
  ['en', 'By clicking anywhere on this page, you give your consent.', 'By clicking', 'you give your consent'],
  ['en', 'Visitors who keep browsing are deemed to have consented.', 'who keep browsing', 'deemed to have consented'],
  // sv
  ['sv', 'Genom att använda webbplatsen godkänner du att vi använder kakor.', 'Genom att använda', 'godkänner du'],
  ['sv', 'Om du fortsätter att surfa accepterar du cookies.', 'Om du fortsätter', 'accepterar du'],
  ['sv', 'Fortsätter du att använda sidan samtycker du till kakor.', 'Fortsätter', 'samtycker du'],
  ['sv', 'Fortsatt användning av webbplatsen innebär ett samtycke.', 'Fortsatt användning', 'innebär ett samtycke'],
  ['sv', 'Vid fortsatt användning utgår vi från att du godkänner kakor.', 'Vid fortsatt användning', 'utgår vi från att du'],
  ['sv', 'Genom att stänga rutan ger du ditt samtycke till kakor.', 'Genom att stänga', 'ger du ditt samtycke'],
  // da
  ['da', 'Ved at bruge hjemmesiden accepterer du brugen af cookies.', 'Ved at bruge', 'accepterer du'],
  ['da', 'Hvis du fortsætter, samtykker du til cookies.', 'Hvis du fortsætter', 'samtykker du'],
  ['da', 'Fortsætter du med at bruge siden, giver du samtykke til cookies.', 'Fortsætter', 'giver du samtykke'],
  ['da', 'Fortsat brug af hjemmesiden betragtes som samtykke.', 'Fortsat brug', 'betragtes som samtykke'],
  ['da', 'Ved at lukke dette vindue er du indforstået med cookies.', 'Ved at lukke', 'er du indforstået'],
  ['da', 'Når du besøger siden, går vi ud fra at du accepterer cookies.', 'Når du besøger', 'går vi ud fra at du'],
  // de
  [
    'de',
    'Durch die weitere Nutzung der Website stimmen Sie der Verwendung von Cookies zu.',
    'Durch die weitere Nutzung',
    'stimmen Sie',
  ],
  [
    'de',
    'Wenn Sie die Seite weiter nutzen, erklären Sie sich damit einverstanden.',
    'Wenn Sie die Seite weiter nutzen',
    'erklären Sie sich',
  ],
  ['de', 'Mit der Nutzung dieser Website akzeptieren Sie Cookies.', 'Mit der Nutzung', 'akzeptieren Sie'],
  ['de', 'Wenn Sie weitersurfen, stimmen Sie der Nutzung von Cookies zu.', 'Wenn Sie weitersurfen', 'stimmen Sie'],
  ['de', 'Beim Weitersurfen gehen wir davon aus, dass Sie einverstanden sind.', 'Beim Weitersurfen', 'gehen wir davon aus'],
  [
    'de',
    'Indem Sie diese Website weiterhin besuchen, willigen Sie in Cookies ein.',
    'Indem Sie diese Website weiterhin besuchen',
    'willigen Sie',
  ],
  ['de', 'Die weitere Nutzung gilt als Zustimmung zu Cookies.', 'Die weitere Nutzung', 'gilt als Zustimmung'],
  ['de', 'Nutzen Sie die Seite weiter, sind Sie mit Cookies einverstanden.', 'Nutzen', 'einverstanden'],
];

/** [language, sentence]: lawful sentences about consent, which must pass. */
export const LAWFUL: [string, string][] = [
  ['nb', 'Vi bruker analysekapsler bare når du har sagt ja.'],
  ['nb', 'Vi setter statistikk-kapsler bare hvis du samtykker.'],
  ['nb', 'Du kan trekke tilbake samtykket når som helst ved å bruke knappen nederst på siden.'],
  ['nb', 'Å bruke nettsiden betyr ikke at du har samtykket.'],
  ['nb', 'Ved å klikke «Godta alle» samtykker du til statistikk og markedsføring.'],
  ['nb', 'Hvis du fortsetter uten å velge, setter vi ingen valgfrie informasjonskapsler.'],
  ['nb', 'Når du besøker nettstedet, spør vi om samtykke før vi bruker statistikk.'],
  ['nn', 'Vi nyttar statistikk berre viss du seier ja, og du kan trekkje samtykket attende.'],
  ['nn', 'Held du fram utan å velje, set vi ingen valfrie informasjonskapslar.'],
  ['nn', 'Du kan endre valet ditt ved å bruke lenkja nedst på sida.'],
  ['en', 'If you continue without choosing, we set no optional cookies.'],
  ['en', 'We use analytics only if you agree, and you can withdraw your consent at any time.'],
  ['en', 'Using the website does not mean that you have consented.'],
  ['en', 'By clicking "Accept all", you consent to statistics and marketing.'],
  ['en', 'You can change your choice at any time by using the link in the footer.'],
  ['sv', 'Vi använder statistikkakor bara om du samtycker.'],
  ['sv', 'Om du fortsätter utan att välja sätter vi inga valfria kakor.'],
  ['da', 'Vi bruger kun statistikcookies, hvis du giver samtykke.'],
  ['da', 'Du kan altid trække dit samtykke tilbage ved at bruge knappen nederst.'],
  ['de', 'Wir verwenden Statistik nur, wenn Sie zustimmen.'],
  ['de', 'Wenn Sie die Seite weiter nutzen, ohne zu wählen, setzen wir keine optionalen Cookies.'],
  ['de', 'Die Nutzung der Website bedeutet nicht, dass Sie einverstanden sind.'],
];
