/** Runs the `clientele` command as a user does (node bin/clientele.cjs), in a temporary folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';

export const REPO = path.resolve(__dirname, '..', '..');
export const BIN = path.join(REPO, 'bin', 'clientele.cjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment without the caller's locale, so that a test's language is only what it sets. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete env[name];
  return { ...env, ...extra };
}

export function runClientele(args: readonly string[], options: { cwd: string; env?: Record<string, string>; timeout?: number }): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: cleanEnv(options.env ?? {}),
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder for one test file's inputs; `cleanUp` in afterAll. */
export function scratchFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'clientele-cli-'));
  return {
    dir,
    /** Writes a file and returns its name, relative to `dir` (the folder the CLI runs in). */
    file(name: string, content: string | Uint8Array): string {
      writeFileSync(path.join(dir, name), content);
      return name;
    },
    cleanUp: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** An XLSX of 2 KB whose sheet “Customers” has one cell at XFD1048576: past the 10 million cells of a Google spreadsheet. */
export async function farReachingXlsx(): Promise<Uint8Array> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Customers');
  sheet.getCell('A1').value = 'Name';
  sheet.getCell('XFD1048576').value = 'far away';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
