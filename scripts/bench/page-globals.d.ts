/**
 * What the bench's init script (in-page.mjs `benchInit`) keeps on `window` for `settle` and the
 * returning visit to read. Declarations only; nothing here runs.
 */
interface Window {
  __bench: {
    /** Which page: 'samtykke', 'vcc', 'klaro' or a baseline. */
    kind: string;
    /** When the banner's accept button was first laid out and visible (performance.now()). */
    seen: number | null;
    /** When the frame after `seen` began: the banner is painted (performance.now()). */
    banner: number | null;
    /** When the accept button first had a size, visible or not. */
    laidOut: number | null;
    /** Cumulative layout shift, and how many shifts made it. */
    cls: number;
    shifts: number;
    /** [startTime, duration] of each long task. */
    longTasks: [number, number][];
    /** First contentful paint, once observed. */
    fcp: number | null;
    /** When the consented script's `consented-ran` mark was made. */
    ran: number | null;
    /** Resolves with `banner` once the banner is painted. */
    bannerPainted: Promise<number>;
    /** Resolves with `ran` once the consented script has run. */
    consentedRan: Promise<number>;
    /** Set to end the requestAnimationFrame loop. */
    stop: boolean;
  };
}
