import type { Config } from '../types.js';
import { type View } from './view.js';
/**
 * The third parties that receive data if the visitor accepts: the providers of the notice's
 * services outside `necessary`, each named once, in the notice's order. The controller itself
 * is no third party; a service of a category the notice lacks can never be granted, so its
 * provider receives nothing.
 */
export declare function thirdParties(config: Config): string[];
export declare function banner(view: View): import("lit-html").TemplateResult<1>;
