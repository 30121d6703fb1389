import { type View } from './view.js';
export interface BannerActions {
    accept(): void;
    reject(): void;
    choose(e: Event): void;
}
export declare function banner(v: View, a: BannerActions): import("lit-html").TemplateResult<1>;
