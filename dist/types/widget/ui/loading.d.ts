export declare const loadPreferences: () => Promise<typeof import("./preferences.js")>;
/** Runs `task` when the page is idle (soon after, where the browser cannot tell). */
export declare function whenIdle(task: () => unknown): void;
