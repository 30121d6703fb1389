/**
 * The API of SPEC §5 as `window.samtykke` holds it from the first moment, before the notice is
 * settled: queries answer "nothing decided", and every other call waits for the real API (or for
 * the closed one, when the notice fails) and then runs on it, with the user activation it had when
 * it was made: a grant asked for on load stays refused, a click's stays the visitor's.
 */
import { checkSubject, on, userActivation, withActivation, type SamtykkeAPI } from './api.js';

export interface PendingApi {
  /** The API the page holds: it forwards to the real one once there is one. */
  api: SamtykkeAPI;
  /** The real API (or the closed one) is here: calls that waited run on it now. */
  settle(real: SamtykkeAPI): void;
}

export function pendingApi(): PendingApi {
  let real: SamtykkeAPI | null = null;
  let settle!: (api: SamtykkeAPI) => void;
  const settled = new Promise<SamtykkeAPI>((resolve) => (settle = resolve));
  /** `name` on the real API: at once when it is here, else once it is, with the activation of now. */
  const later = <Name extends keyof SamtykkeAPI>(name: Name) =>
    ((...args: unknown[]) => {
      if (real) return (real[name] as (...x: unknown[]) => unknown)(...args);
      const activation = userActivation();
      return settled.then((api) => withActivation(activation, () => (api[name] as (...x: unknown[]) => unknown)(...args)));
    }) as SamtykkeAPI[Name];
  return {
    api: {
      get: () => real?.get() ?? null,
      granted: (category, service) => real?.granted(category, service) ?? false,
      on,
      whenGranted: later('whenGranted'),
      acceptAll: later('acceptAll'),
      rejectAll: later('rejectAll'),
      set: later('set'),
      withdraw: later('withdraw'),
      show: later('show'),
      history: later('history'),
      identify(subject) {
        checkSubject(subject); // at once: a refused subject throws where it was passed
        void later('identify')(subject);
      },
    },
    settle(api) {
      real = api;
      settle(api);
    },
  };
}
