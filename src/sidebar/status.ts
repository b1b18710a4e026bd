/**
 * The status line under the panel (sticky at the sidebar's foot): the result or error of the
 * last action. It stays until the next action: a panel reading its data again (after Merge,
 * after a refresh) does not clear it.
 */
import { viewCounts } from './viewFormat';

const status = () => document.getElementById('status') as HTMLElement;

/** The message as the server worded it, its counts in the view's digits (Persian ones for fa). */
export function showStatus(message: string, isError = false): void {
  status().textContent = viewCounts(message);
  status().classList.toggle('error', isError);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let running = 0;
const afterActions: (() => void)[] = [];

/** Whether a server call started by `act` is still under way (a refresh then waits). */
export const actionRunning = (): boolean => running > 0;

/** `listener` runs after each action a user started with a button (not after a panel's own reads). */
export function afterEachAction(listener: () => void): void {
  afterActions.push(listener);
}

/**
 * Runs a server call; failures are shown, not swallowed. With a button, it is the user's
 * action: the button is disabled meanwhile, and the last result is cleared as it starts.
 * Without, it is the panel reading what it shows, which leaves the last result in view.
 */
export async function act(button: HTMLButtonElement | null, action: () => Promise<void>): Promise<void> {
  running += 1;
  if (button) {
    button.disabled = true;
    showStatus('');
  }
  try {
    await action();
  } catch (error) {
    showStatus(errorText(error), true);
  } finally {
    running -= 1;
    if (button) {
      button.disabled = false;
      for (const listener of afterActions) listener();
    }
  }
}
