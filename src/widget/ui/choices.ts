/**
 * The second layer's working copy of the visitor's choices: what the switches start from, how a
 * switch changes the others, and what Save hands the host. Nothing is on before the visitor
 * turns it on, but `necessary`, which is always on.
 */
import type { Service } from '../types.js';
import type { WidgetHost } from './host.js';
import { NECESSARY } from './view.js';

export type Choices = Record<string, boolean>;

/**
 * Every category id and every service id (`category` given for a service), each on where `on`
 * says so; necessary always on. The shape `host.save` takes (method `custom`).
 */
export function everyChoice(host: WidgetHost, on: (id: string, category?: string) => unknown): Choices {
  const out: Choices = {};
  for (const id of Object.keys(host.config.categories)) out[id] = id === NECESSARY || !!on(id);
  for (const service of host.services()) out[service.id] = service.category === NECESSARY || !!on(service.id, service.category);
  return out;
}

/** Off unless granted now; necessary always on. A service the decision does not name follows its category (SPEC §5). */
export function currentChoices(host: WidgetHost): Choices {
  const consent = host.consent;
  return everyChoice(host, (id, category) =>
    category ? (consent?.services[id] ?? consent?.categories[category]) : consent?.categories[id],
  );
}

/** A category switch sets its services' switches to match. */
export function afterCategorySwitch(host: WidgetHost, choices: Choices, id: string, on: boolean): Choices {
  const next = { ...choices, [id]: on };
  for (const service of host.services()) if (service.category === id) next[service.id] = on;
  return next;
}

/** A service switched on switches its category on; switched off, the category stays. */
export function afterServiceSwitch(choices: Choices, service: Service, on: boolean): Choices {
  return { ...choices, [service.id]: on, ...(on ? { [service.category]: true } : {}) };
}
