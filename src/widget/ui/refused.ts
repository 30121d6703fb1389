/**
 * A decision asked for through the interface may be refused: a page script's `click()` on one of
 * its buttons is not the visitor's act, so the decision part refuses the grant with a
 * `NotAllowedError` and records nothing (SPEC §5). That ends in one console error naming why,
 * not an unhandled rejection, and the interface stays as it is, still asking.
 */
export async function decided(decide: () => Promise<unknown>): Promise<boolean> {
  try {
    await decide();
    return true;
  } catch (error) {
    if ((error as Error).name !== 'NotAllowedError') throw error;
    console.error(`samtykke: ${(error as Error).message}`);
    return false;
  }
}
