import type { NpsReport } from '../../src/server/npsReport';
import { addonHost, putTable } from '../support/addonHost';

describe('NPS report', () => {
  it('scores the NPS column, counts the response rate and lists invalid answers by row', () => {
    const h = addonHost();
    putTable(h, 'Sheet1', [
      ['Name', 'NPS', 'Source'],
      ['A', 10, 'Instagram'],
      ['B', 6, 'Telegram'],
      ['C', '', 'Telegram'],
      ['D', 'ten', 'Instagram'],
    ]);
    const report = h.run<NpsReport>('getNpsReport', { by: 'Source' });
    expect(report).toMatchObject({ scoreColumn: 'NPS', customers: 4, headers: ['Name', 'NPS', 'Source'] });
    expect(report.summary).toMatchObject({ nps: 0, promoters: 1, detractors: 1, responses: 2, smallSample: true });
    expect(report.invalid).toEqual([{ row: 5, column: 'B', value: 'ten', reason: 'notANumber' }]);
    expect(report.groups?.map((g) => [g.group, g.summary.nps])).toEqual([
      ['Instagram', 100],
      ['Telegram', -100],
    ]);
  });

  it('says when there is no score column', () => {
    const h = addonHost();
    putTable(h, 'Sheet1', [['Name', 'Phone'], ['A', '+77011234567']]);
    expect(h.run('getNpsReport', {})).toEqual({ error: 'noScoreColumn' });
  });
});
