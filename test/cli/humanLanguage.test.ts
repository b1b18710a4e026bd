import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../src/local/files/csvTable';
import { runClientele, scratchFolder } from './runClientele';

jest.setTimeout(240_000);

/**
 * Issue 19: with --lang ru, fa or zh a person reads no internal code and no English word the CLI
 * computes with. The words are the codes of segments, channels, import outcomes and refused NPS
 * answers, and the English of the CLI's own lines.
 */
const CODES = [
  'notANumber', 'notWhole', 'outOfRange', 'walkIn', 'atRisk', 'potentialLoyalists', 'noPurchase', 'champions', 'hibernating',
  'active', 'lapsed', 'unknown', 'instagram', 'friend', 'created', 'updated', 'unchanged', 'quarantined', 'duplicate',
];
const ENGLISH = ['rows', 'cells', 'customers', 'answers', 'promoters', 'detractors', 'passives', 'reading', 'writing', 'segmenting', 'interval', 'Invalid', 'Unreadable', 'Win-back', 'left as it was', 'Set up customer sheet', 'Segment', 'Channel', 'Days since purchase'];
const leftovers = (text: string) => [...CODES, ...ENGLISH].filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text));

const CUSTOMERS = [
  'Customer ID,Name,Email,Phone,Last purchase,Total spent,Source,Marketing consent,NPS',
  'C-1,Айгерим,aigerim@example.kz,+77011234567,2026-11-20,54000,инста,да,9',
  'C-2,Бахыт,bakhyt@example.kz,+77012223344,2026-10-23,1000,от подруги,yes,десять',
  'C-3,王芳,wang@example.cn,+8613800138000,2026-08-01,3680,Google,否,-3',
  'C-4,Dana,dana@example.kz,,,,,да,7.5',
  'C-5,Erlan,,,someday,500,walked by,,3',
  ',Farida,farida@example.kz,,2026-09-23,500,walked by,да,',
].join('\n');
const INCOMING = ['Name,Email,Phone', 'Madina,madina@example.kz,+77015550011', 'Aigerim,aigerim@example.kz,', ',,'].join('\n');

describe.each(['ru', 'fa', 'zh'])('clientele --lang %s speaks the language', (language) => {
  const scratch = scratchFolder();
  beforeAll(() => {
    scratch.file('clients.csv', CUSTOMERS);
    scratch.file('new.csv', INCOMING);
  });
  afterAll(() => scratch.cleanUp());
  const run = (args: string[]) => runClientele([...args, '--lang', language], { cwd: scratch.dir });

  it.each([
    ['info', ['info', 'clients.csv']],
    ['nps', ['nps', 'clients.csv', '--by', 'channel']],
    ['segments', ['segments', 'clients.csv', '-o', 'segments.csv', '--today', '2026-11-23']],
    ['clean', ['clean', 'clients.csv', '-o', 'cleaned.csv']],
    ['dedupe', ['dedupe', 'clients.csv', '--review', 'review.csv']],
    ['import', ['import', 'new.csv', '--into', 'clients.csv', '-o', 'merged.csv']],
  ])('%s: no code and no English word in what it prints', (_name, args) => {
    const result = run(args);
    expect(result.status).toBe(0);
    expect(leftovers(result.stdout)).toEqual([]);
    expect(leftovers(result.stderr)).toEqual([]);
  });

  it('segments: the added columns are headed and filled in the language', () => {
    run(['segments', 'clients.csv', '-o', 'segments.csv', '--today', '2026-11-23']);
    const rows = parseCsv(readFileSync(path.join(scratch.dir, 'segments.csv')));
    const added = rows.flatMap((row) => row.slice(9).join(' ')).join('\n');
    expect(leftovers(added)).toEqual([]);
  });
});
