import { type View } from './view.js';
export declare function preferences(v: View): import("lit-html").TemplateResult<1>;
