/**
 * What `history` and `card` share: the customer file and a purchases file in one spreadsheet,
 * the purchases as the Purchases sheet (its first table), run by the built add-on.
 */
import { PURCHASES_SHEET_NAMES } from '../../../core/purchases/historySheets';
import { putTable } from '../../files/sheetTable';
import { openInAddon, type AddonSession } from '../addonSession';
import { regionOption, stringOption, type CommandSpec, type OptionValues } from '../arguments';
import { CliError, usageError } from '../cliErrors';
import type { Language } from '../../../core/i18n/languages';
import { readInput, type InputFile } from '../readInput';

export const PURCHASES_OPTION = {
  purchases: { type: 'string', valueName: 'FILE', description: 'optPurchases' },
  region: { type: 'string', valueName: 'CC', description: 'optRegion' },
  currency: { type: 'string', valueName: 'CODE', description: 'optCurrency' },
} as const;

export interface PurchaseSession extends AddonSession {
  customers: InputFile;
}

export async function openWithPurchases(spec: CommandSpec, file: string, values: OptionValues, language: Language): Promise<PurchaseSession> {
  const purchasesFile = stringOption(values, 'purchases');
  if (!purchasesFile) throw usageError('errNeedsPurchases', { command: spec.name });
  const customers = await readInput(file);
  const purchases = await readInput(purchasesFile);
  const [table] = purchases.tables;
  if (!table) throw new CliError('errNoPurchases', { file: purchasesFile });
  const session = openInAddon(customers, language);
  const name = PURCHASES_SHEET_NAMES.en;
  if (customers.tables.some((t) => t.name === name)) throw new CliError('errHasPurchasesSheet', { file, sheet: name });
  putTable(session.host, session.spreadsheetId, name, table.rows);
  const region = regionOption(values);
  if (region) session.host.run('saveSettings', { language: null, defaultCountry: region });
  const currency = stringOption(values, 'currency');
  if (currency) {
    if (!/^[A-Za-z]{3}$/.test(currency)) throw usageError('errCurrency', { value: currency });
    session.host.run('savePurchaseSettings', { shopCurrency: currency, rates: '' });
  }
  return { ...session, customers };
}
