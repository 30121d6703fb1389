import { type View } from './view.js';
export declare function preferences(view: View): import("lit-html").TemplateResult<1>;
