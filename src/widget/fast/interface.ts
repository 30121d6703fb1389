/**
 * The fast path's side of the visitor interface: the `<samtykke-widget>` element with its
 * re-open control, the iframe placeholders, the plain first layer on a first visit
 * (samtykke-first.mjs), and the interface part (Lit) when the visitor opens their choices.
 *
 * The placeholders themselves are placeholders.ts.
 */
import { mountReopen } from './controls.js';
import { placeholdersFor } from './placeholders.js';
import { nextTask } from './tasks.js';
import type { Controller } from './controller.js';
import type { RuntimeNotice } from './notice.js';
import type { FirstLayer, InterfaceConnection, InterfaceElement, Parts } from './parts.js';

export interface Controls {
  /** Opens the second layer (fetching the interface first if needed). */
  show(opener?: Element | null): void;
  /** Puts a placeholder over a blocked iframe (once). */
  placeholder(iframe: HTMLIFrameElement): void;
}

interface ControlsOptions {
  /** The trusted notice: its language, theme and declared ids. */
  notice: RuntimeNotice;
  /** What the interface connects to, once the notice is validated. */
  connection(): Promise<InterfaceConnection>;
  parts: Parts;
  controller: Controller;
  /** No decision yet: show the first layer at once. */
  showBanner: boolean;
  /**
   * The notice has nothing but necessary (SPEC §4): no first layer ever, and the re-open
   * control is there from the start, to show the notice.
   */
  asksNothing?: boolean;
}

/**
 * The plain first layer (samtykke-first.mjs), painted on a first visit unless the interface got
 * there first (asked to open the choices before it arrived: the interface shows the first layer
 * itself). Once painted, Lit and the second layer are fetched when the page is idle.
 */
function paintFirstLayer(
  options: ControlsOptions,
  element: HTMLElement,
  show: (opener: HTMLElement) => void,
  interfaceShown: () => boolean,
): Promise<FirstLayer | undefined> {
  const { parts } = options;
  const painted = Promise.all([parts.first(), options.connection()]).then(async ([part, connection]) => {
    await nextTask(); // drawn in a task of its own, as the interface is
    if (interfaceShown()) return undefined;
    return part.showFirstLayer(element, connection, show, parts.prefetchInterface);
  });
  painted.catch(() => undefined); // reported by the loader; the visitor cannot be asked (begin.ts)
  return painted;
}

export function mountControls(options: ControlsOptions): Controls {
  const { notice, controller, parts } = options;
  const element =
    document.querySelector('samtykke-widget') ?? document.body.appendChild(document.createElement('samtykke-widget'));
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });

  let ui: Promise<InterfaceElement> | null = null;
  /** The interface is connected: from then on it handles `data-samtykke-open` itself. */
  let interfaceShown = false;
  /** The plain first layer (samtykke-first.mjs), painted on a first visit until the interface takes over. */
  let firstLayer: Promise<FirstLayer | undefined> | undefined;
  /** The interface, fetched and connected once. */
  const loadInterface = () =>
    (ui ??= Promise.all([parts.ui(), options.connection()]).then(async ([part, connection]) => {
      // Drawn in a task of its own, not at the end of the validator's or the part's.
      await nextTask();
      interfaceShown = true;
      // The plain first layer gives way: the element takes over the same host element. (Where it
      // could not be fetched, nothing opens either: the visitor cannot be asked on this page view.)
      const focused = (await firstLayer)?.remove();
      return part.showInterface(element as HTMLElement, connection, focused);
    }));

  const show = (opener?: Element | null) => {
    if (opener instanceof HTMLElement) opener.focus(); // focus returns here when the dialog closes
    loadInterface().then(
      (widget) => widget.show(),
      () => undefined, // reported by the loader; nothing opens
    );
  };

  // The re-open control, mounted when first needed: once a decision stands.
  let reopen: ReturnType<typeof mountReopen> | null = null;
  const update = () => {
    const visible = options.asksNothing || controller.current() !== null;
    if (visible) reopen ??= mountReopen(root, notice.language, notice.theme, show);
    reopen?.setVisible(visible);
  };
  controller.subscribe(update);
  update();
  if (options.showBanner) firstLayer = paintFirstLayer(options, element as HTMLElement, show, () => interfaceShown);

  // Any page element with `data-samtykke-open` opens the second layer.
  document.addEventListener('click', (e) => {
    const opener = (e.target as Element | null)?.closest?.('[data-samtykke-open]');
    if (!opener || interfaceShown) return;
    e.preventDefault();
    show(opener);
  });

  const placeholder = placeholdersFor(notice, controller, parts, show);

  return { show, placeholder };
}
