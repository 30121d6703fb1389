/**
 * The notice summary of the second layer (GDPR art. 13 in short): purposes with their legal
 * basis in plain words, data, retention and recipients; the visitor's rights, one sentence
 * each; the supervisory authority; who the controller is and how to reach them. Everything is
 * text bindings; the only links are the notice's URL fields, and mailto:/tel: built here.
 */
import { type TemplateResult } from 'lit/html.js';
import { type View } from './view.js';
export declare function notice(view: View): TemplateResult;
