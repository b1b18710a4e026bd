/** The status line under the panel: results and errors of the last action. */
const status = () => document.getElementById('status') as HTMLElement;

export function showStatus(message: string, isError = false): void {
  status().textContent = message;
  status().classList.toggle('error', isError);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs a server action with its button disabled; failures are shown, not swallowed. */
export async function act(button: HTMLButtonElement | null, action: () => Promise<void>): Promise<void> {
  if (button) button.disabled = true;
  showStatus('');
  try {
    await action();
  } catch (error) {
    showStatus(errorText(error), true);
  } finally {
    if (button) button.disabled = false;
  }
}
