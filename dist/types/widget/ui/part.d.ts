import type { Provenance } from '../fast/controller.js';
import type { InterfaceConnection, InterfacePart } from '../fast/parts.js';
import type { WidgetHost } from './host.js';
/** The provenance of a decision asked for by `trigger` inside `element`. */
export declare function provenanceOf(trigger: Event | undefined, element: Element): Provenance;
/** The host the element renders from and answers through. */
export declare function hostFor(connection: InterfaceConnection, element: Element): WidgetHost;
export declare const showInterface: InterfacePart['showInterface'];
