// Starts `node build/playground.cjs` for the screenshot scripts: on a new workbook file (so the demo
// is created fresh), resolving with the child process and the URL it prints.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `node build/playground.cjs` on a new workbook file (so the demo is created fresh), with the URL it prints. */
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
