// The built playground (build/playground.cjs) as the screenshot scripts drive it: started on a new
// workbook file (so the demo is created fresh) and its menu chosen as a person chooses it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `node build/playground.cjs` on `workbook`, with the URL it prints. */
export function startPlayground(workbook) {
  const child = spawn(process.execPath, [path.join(root, 'build', 'playground.cjs'), '--port', '0', '--no-open', '--workbook', workbook], {
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let printed = '';
    child.stdout.on('data', (chunk) => {
      printed += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed);
      if (url) resolve({ child, url: url[0] });
    });
    child.on('exit', (code) => reject(new Error(`The playground exited with code ${code}.`)));
  });
}

/** Extensions ▸ Clientele ▸ the item; again when the page redrew its menu bar under the click (after a sidebar call). */
export async function chooseMenuItem(page, functionName) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await page.getByTestId('menu-extensions').click();
      await page.getByTestId('menu-addon').click({ timeout: 3000 });
      await page.locator(`[data-testid=menu-item][data-function="${functionName}"]`).click({ timeout: 3000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}
