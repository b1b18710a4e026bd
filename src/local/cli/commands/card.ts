/**
 * `clientele card CUSTOMERS --purchases PURCHASES --find QUERY [--json]`: one customer's card, as
 * the sidebar shows it, found by a customer ID, a phone, an email or a name in any script.
 */
import { cardIsPending, completeCard } from '../../../core/card/customerCard';
import type { CardAnswer, CardLaterAnswer } from '../../../server/card/customerCardPanel';
import { COMMON_OPTIONS, flagOption, inputFileArgument, stringOption, type CommandSpec, type ParsedCommandLine } from '../arguments';
import { CliError, usageError } from '../cliErrors';
import { chooseLanguage } from '../language';
import type { Command, CommandIO } from './command';
import { openWithPurchases, PURCHASES_OPTION } from './purchaseFiles';

const spec: CommandSpec = {
  name: 'card',
  summary: 'sumCard',
  usage: 'CUSTOMERS --purchases PURCHASES --find QUERY [--region CC] [--currency CODE] [--json] [--lang xx]',
  options: {
    ...COMMON_OPTIONS,
    ...PURCHASES_OPTION,
    find: { type: 'string', valueName: 'QUERY', description: 'optFind' },
  },
  details: 'detCard',
};

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const query = stringOption(values, 'find');
  if (!query) throw usageError('errCardNeedsFind');
  const session = await openWithPurchases(spec, file, values, chooseLanguage(stringOption(values, 'lang'), io.env));
  // As in the sheet: IDs for customers who have none yet, every purchase linked and counted.
  session.host.run('setUpCustomerSheet');
  session.host.run('setUpPurchases');
  session.host.run('recalculateTotals');
  const answer = session.host.run<CardAnswer>('getCustomerCard', query);
  const json = flagOption(values, 'json');
  if (answer.kind !== 'card') {
    if (json) io.stdout.write(`${JSON.stringify(answer)}\n`);
    else if (answer.kind === 'message') throw new CliError({ text: answer.message });
    else io.stdout.write(`${answer.message}\n${answer.customers.map((c) => `  ${c.id}  ${c.name}`).join('\n')}\n`);
    return 1;
  }
  // The whole card, as the sidebar shows it once its second call has filled in the purchases.
  const later = cardIsPending(answer.card) ? session.host.run<CardLaterAnswer>('getCustomerCardPurchases', answer.card.customerId, answer.row) : null;
  if (later?.kind === 'message') throw new CliError({ text: later.message });
  const card = later ? completeCard(answer.card, later.sections) : answer.card;
  if (json) {
    io.stdout.write(`${JSON.stringify(card)}\n`);
    return 0;
  }
  const lines = [`${card.name} (${card.customerId})`];
  for (const section of card.sections) {
    lines.push('', section.title);
    for (const line of section.lines) lines.push(`  ${line.when ? `${line.when}  ` : ''}${line.text}${line.href ? `  <${line.href}>` : ''}`);
    if (section.more > 0) lines.push(`  … +${section.more}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export const cardCommand: Command = { spec, run };
