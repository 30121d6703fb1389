import type { Text } from './spec.js';
/**
 * The notice (SPEC §3) as a site owner writes it: the argument of `init()`, and the JSON of
 * `<script type="application/json" id="samtykke-config">`. Fields with a default may be left
 * out. `validate()` and `npx samtykke validate` check what a type cannot (the law, the
 * references between fields).
 */
export interface NoticeInput {
    /** Change it and every visitor is asked again. */
    revision: string;
    /**
     * "auto" (follows <html lang>, then the browser), or a language tag like "nb".
     * @defaultValue `"auto"`
     */
    language?: string;
    /** Who is responsible for the processing (behandlingsansvarlig). */
    controller: {
        /** The legal name. */
        name: string;
        /** Organisation number; Norwegian ones (9 digits) are checked with mod 11. */
        orgNumber?: string;
        /** Postal address. */
        address?: string;
        /** E-mail address. */
        email?: string;
        /** Phone number. */
        phone?: string;
        /** The data protection officer, only if one is appointed (GDPR art. 37). */
        dpoEmail?: string;
        /** A privacy contact that is not a data protection officer. */
        privacyEmail?: string;
        /** The full privacy notice. */
        policyUrl?: string;
    };
    /** First-layer text; a default is generated from the fields. Never "by using the site you consent". */
    summary?: Text;
    /** Category id → its texts; "necessary" is always granted and cannot be switched off. */
    categories: Record<string, {
        /** Shown beside its switch. */
        title?: Text;
        /** What the category is for. */
        description?: Text;
        /** Only "consent" outside necessary: cookies that are not strictly necessary need consent. */
        legalBasis?: 'consent' | 'contract' | 'legal-obligation' | 'vital-interests' | 'public-task' | 'legitimate-interests';
    }>;
    /**
     * Every third-party or own service that stores or reads something in the browser.
     * @defaultValue `[]`
     */
    services?: Array<{
        /** Unique; the id of data-service="…" and of set(). */
        id: string;
        /** The category it belongs to (a key of categories). */
        category: string;
        /** Its name as shown. */
        name?: Text;
        /** Who provides it. */
        provider?: string;
        /** The provider's role: processor, joint-controller, or controller (an independent recipient). */
        role?: 'processor' | 'joint-controller' | 'controller';
        /** The catalogue entry (and version) it was made from, like "google-analytics@1". */
        preset?: string;
        /** What it is used for. */
        purpose?: Text;
        /**
         * GDPR art. 6(1); only "consent" unless the service is in necessary.
         * @defaultValue `"consent"`
         */
        legalBasis?: 'consent' | 'contract' | 'legal-obligation' | 'vital-interests' | 'public-task' | 'legitimate-interests';
        /**
         * What it stores in the browser, each with a duration.
         * @defaultValue `[]`
         */
        cookies?: Array<{
            /** Shown, and deleted on withdrawal. */
            name: string;
            /** A regular expression over the whole name; replaces name for deletion. */
            pattern?: string;
            /** How long it lasts, e.g. "2 years". */
            duration?: Text;
        }>;
        /** Third-country transfer, if any, and what it relies on. */
        transfer?: Text;
        /** How long the provider keeps the data it collects (GDPR art. 13(2)(a)). */
        retention?: Text;
        /** For a joint controller: the essence of the arrangement, who does what and whom visitors turn to (GDPR art. 26(2)). */
        arrangement?: Text;
        /** The provider's privacy notice. */
        policyUrl?: string;
        /** What auto-blocking holds for it: host, optional path prefix, like "stats.example.no/matomo.js". */
        hosts?: string[];
        /** true: it stores and reads nothing in the browser. */
        cookieless?: boolean;
    }>;
    /**
     * The wider notice summary (GDPR art. 13), shown on the second layer.
     * @defaultValue `[]`
     */
    purposes?: Array<{
        /** The purpose. */
        title: Text;
        /** GDPR art. 6(1). */
        legalBasis: 'consent' | 'contract' | 'legal-obligation' | 'vital-interests' | 'public-task' | 'legitimate-interests';
        /** What data. */
        data?: Text;
        /** How long it is kept. */
        retention?: Text;
        /** Who receives it. */
        recipients?: Text;
    }>;
    /**
     * The visitor's rights (GDPR art. 15-22, 77); all of them when left out.
     * @defaultValue `["access","rectification","erasure","restriction","portability","objection","withdraw","complaint"]`
     */
    rights?: Array<'access' | 'rectification' | 'erasure' | 'restriction' | 'portability' | 'objection' | 'withdraw' | 'complaint'>;
    /** Where each decision is logged as a proof receipt. */
    proof?: {
        /** Where receipts are POSTed (an http(s) URL, or one relative to the page). */
        endpoint: string;
    };
    /**
     * Where the visitor's decision is kept, and for how long.
     * @defaultValue `{}`
     */
    cookie?: {
        /**
         * Name of the decision cookie.
         * @defaultValue `"samtykke"`
         */
        name?: string;
        /**
         * "" for this host only, or a parent domain like "example.no".
         * @defaultValue `""`
         */
        domain?: string;
        /**
         * Cookie path.
         * @defaultValue `"/"`
         */
        path?: string;
        /**
         * Cookie SameSite attribute.
         * @defaultValue `"Lax"`
         */
        sameSite?: 'Lax' | 'Strict' | 'None';
        /**
         * Days a decision is kept before the visitor is asked again (at most 395 advised).
         * @defaultValue `180`
         */
        expiresAfterDays?: number;
    };
    /**
     * The supervisory authority a visitor may complain to.
     * @defaultValue `{"name":"Datatilsynet","url":"https://www.datatilsynet.no"}`
     */
    authority?: {
        /** The supervisory authority. */
        name: string;
        /** Its web site. */
        url?: string;
    };
    /**
     * Global Privacy Control: "honor" records a refusal for a browser that sends it.
     * @defaultValue `"honor"`
     */
    gpc?: 'honor' | 'ignore';
    /**
     * Google Consent Mode v2: true, false, or options.
     * @defaultValue `true`
     */
    googleConsentMode?: boolean | {
        /**
         * "advanced": Google tags load ungated and read the consent signals.
         * @defaultValue `"basic"`
         */
        mode?: 'basic' | 'advanced';
        /** ISO 3166 regions the defaults apply to. */
        region?: string[];
        /**
         * Milliseconds Google tags wait for an update.
         * @defaultValue `500`
         */
        waitForUpdate?: number;
        /** Google's url_passthrough. */
        urlPassthrough?: boolean;
        /** Google's ads_data_redaction. */
        adsDataRedaction?: boolean;
    };
    /**
     * Hold known trackers back with no markup change: true, false, or extra trackers.
     * @defaultValue `true`
     */
    autoBlock?: boolean | {
        /**
         * Trackers to hold back besides the built-in list.
         * @defaultValue `[]`
         */
        trackers?: Array<{
            /** Host suffix, e.g. "googletagmanager.com". */
            host: string;
            /** Path prefix, e.g. "/gtag/js". */
            path?: string;
            /** The service it belongs to. */
            service: string;
            /** The category that must be granted (a key of categories). */
            category: string;
        }>;
        /** Turns on the frame policy (no request at all for a tracker iframe written in the HTML; a grant reloads the page once) and lists the other hosts the pages frame, like "js.stripe.com" or "*.typeform.com". */
        frames?: string[];
    };
    /**
     * Reload the page after a withdrawal (code that ran cannot be unloaded).
     * @defaultValue `true`
     */
    reloadOnWithdraw?: boolean;
    /**
     * The widget's colours: "light", "dark", or "auto" (follows the visitor's prefers-color-scheme). Restyle further with the --samtykke-* custom properties (--samtykke-accent, --samtykke-bg, --samtykke-fg, …).
     * @defaultValue `"auto"`
     */
    theme?: 'auto' | 'light' | 'dark';
    /** For editors: the URL of this JSON Schema. */
    $schema?: string;
    /** Written by `samtykke validate --stamp`: the rules edition and the SHA-256 of the notice as validated. Do not edit it: any change to the notice breaks it, and the browser validates again. */
    validated?: string;
}
