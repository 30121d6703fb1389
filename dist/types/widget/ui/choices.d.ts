/**
 * The second layer's working copy of the visitor's choices: what the switches start from, how a
 * switch changes the others, and what Save hands the host. Nothing is on before the visitor
 * turns it on, but `necessary`, which is always on.
 */
import type { Service } from '../types.js';
import type { WidgetHost } from './host.js';
export type Choices = Record<string, boolean>;
/**
 * Every category id and every service id (`category` given for a service), each on where `on`
 * says so; necessary always on. The shape `host.save` takes (method `custom`).
 */
export declare function everyChoice(host: WidgetHost, on: (id: string, category?: string) => unknown): Choices;
/** Off unless granted now; necessary always on. A service the decision does not name follows its category (SPEC §5). */
export declare function currentChoices(host: WidgetHost): Choices;
/** A category switch sets its services' switches to match. */
export declare function afterCategorySwitch(host: WidgetHost, choices: Choices, id: string, on: boolean): Choices;
/** A service switched on switches its category on; switched off, the category stays. */
export declare function afterServiceSwitch(choices: Choices, service: Service, on: boolean): Choices;
