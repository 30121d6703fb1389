import type { TrackerRule } from './trackers.generated.js';
export interface FramePolicy {
    /** Does the policy refuse this frame URL (a tracker not granted when the page loaded)? */
    refuses(url: string): boolean;
    /** Reloads the page so this newly granted frame can load; not again for the same service if that did not help. */
    reload(url: string): void;
}
/**
 * Adds the policy to <head> and returns how to ask it. `extra`: the notice's `autoBlock.frames`
 * (host names, `*.` for subdomains). Rules for any host ("*", self-hosted software) name no host.
 */
export declare function applyFramePolicy(rules: readonly TrackerRule[], granted: (category: string, service?: string) => boolean, extra: readonly string[]): FramePolicy;
