import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { LocalHost, type HostState, type LocalHostOptions } from './localHost';

/**
 * A local workbook file holds the whole host: spreadsheets, properties, triggers, Drive
 * files, forms and sent mail, as JSON. Written to a temporary file first and renamed, so
 * a crash mid-write never leaves half a workbook.
 */
export function saveWorkbook(host: LocalHost, file: string): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(host.exportState())}\n`);
  renameSync(temporary, file);
}

export function loadWorkbook(file: string, options: LocalHostOptions = {}): LocalHost {
  let state: HostState;
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as HostState;
  } catch (error) {
    throw new Error(`${file} is not a Clientele local workbook file (${(error as Error).message}).`);
  }
  if (state?.format !== 'clientele-local-workbook') throw new Error(`${file} is not a Clientele local workbook file.`);
  const host = new LocalHost(options);
  host.importState(state);
  return host;
}
