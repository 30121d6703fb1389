/**
 * The words of `samtykke scan` as types: what a scan observes on a site (pure data, so the draft
 * can be built and tested without a browser), and the report it writes next to the draft.
 */
export {};
