/**
 * The fast path's side of the visitor interface: the `<samtykke-widget>` element with its
 * re-open control, the iframe placeholders, and fetching the interface part when the visitor
 * must see it (first visit, or when they open their choices).
 *
 * A placeholder's "Allow and show" counts as the visitor's own decision (`via: "placeholder"`)
 * only when a real, trusted click asked for it; anything else is `via: "api"`.
 */
import type { Language } from '../i18n/language.js';
import { text } from '../notice/text.js';
import { userActivation } from './api.js';
import { mountPlaceholder, mountReopen } from './controls.js';
import { nextTask } from './tasks.js';
import type { Controller, Provenance } from './controller.js';
import type { RuntimeNotice } from './notice.js';
import type { InterfaceConnection, InterfaceElement, Parts } from './parts.js';

export interface Controls {
  /** Opens the second layer (fetching the interface first if needed). */
  show(opener?: Element | null): void;
  /** Puts a placeholder over a blocked iframe of a declared service (once). */
  placeholder(iframe: HTMLIFrameElement): void;
}

interface ControlsOptions {
  notice: RuntimeNotice;
  language: Language;
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

export function mountControls(options: ControlsOptions): Controls {
  const { notice, language, controller, parts } = options;
  const theme = notice.parts.theme;
  const element =
    document.querySelector('samtykke-widget') ?? document.body.appendChild(document.createElement('samtykke-widget'));
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });

  let ui: Promise<InterfaceElement> | null = null;
  /** The interface is connected: from then on it handles `data-samtykke-open` itself. */
  let interfaceShown = false;
  /** The interface, fetched and connected once. */
  const loadInterface = () =>
    (ui ??= Promise.all([parts.ui(), options.connection()]).then(async ([part, connection]) => {
      // Drawn in a task of its own, not at the end of the validator's or the part's.
      await nextTask();
      interfaceShown = true;
      return part.showInterface(element as HTMLElement, connection);
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
    if (visible) reopen ??= mountReopen(root, language, theme, show);
    reopen?.setVisible(visible);
  };
  controller.subscribe(update);
  update();
  if (options.showBanner) void loadInterface().catch(() => undefined);

  // Any page element with `data-samtykke-open` opens the second layer.
  document.addEventListener('click', (e) => {
    const opener = (e.target as Element | null)?.closest?.('[data-samtykke-open]');
    if (!opener || interfaceShown) return;
    e.preventDefault();
    show(opener);
  });

  const placeholder = placeholdersFor(notice, language, controller);

  return { show, placeholder };
}

/**
 * The in-place placeholders of blocked iframes (SPEC §2): one per iframe of a declared service,
 * gone when its consent is given or when the iframe leaves the page. Its "Allow and show" grants
 * just that service.
 */
function placeholdersFor(notice: RuntimeNotice, language: Language, controller: Controller): Controls['placeholder'] {
  const theme = notice.parts.theme;
  const placeholders = new Map<HTMLIFrameElement, () => void>();
  // A placeholder goes when its consent is given, or when its iframe leaves the page.
  const tidy = () => {
    for (const [iframe, remove] of placeholders) {
      const category = iframe.getAttribute('data-consent') ?? '';
      const service = iframe.getAttribute('data-service') || undefined;
      if (!iframe.isConnected || controller.granted(category, service)) {
        remove();
        placeholders.delete(iframe);
      }
    }
  };
  controller.subscribe(tidy);
  new MutationObserver(() => placeholders.size && tidy()).observe(document.documentElement, { childList: true, subtree: true });

  return (iframe) => {
    if (placeholders.has(iframe) || !iframe.isConnected) return;
    const category = iframe.getAttribute('data-consent') ?? '';
    const serviceId = iframe.getAttribute('data-service');
    const service = notice.parts.services.find((s) => s.id === serviceId);
    const categoryTitle = text(notice.parts.categories[category]?.title, language) || category;
    placeholders.set(
      iframe,
      mountPlaceholder(
        iframe,
        {
          serviceName: text(service?.name, language) || serviceId || categoryTitle,
          categoryTitle,
          theme,
          allow(trigger) {
            // Just this service: its category opens for it alone, the category's other services
            // keep their current value.
            const choices: Record<string, boolean> = { [category]: true };
            if (serviceId) {
              for (const [id, of] of Object.entries(notice.services))
                if (of === category) choices[id] = controller.granted(category, id);
              choices[serviceId] = true;
            }
            const activation = userActivation();
            const provenance: Provenance = trigger.isTrusted
              ? { via: 'placeholder', userActivation: activation }
              : { via: 'api', userActivation: activation };
            void controller.decide('custom', choices, provenance).catch(() => undefined);
          },
        },
        language,
      ),
    );
  };
}
