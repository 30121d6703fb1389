import { type View } from './view.js';
export declare function banner(v: View): import("lit-html").TemplateResult<1>;
