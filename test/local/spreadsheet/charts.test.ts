import { newHost } from './fixture';
import { ChartType } from '../../../src/local/services/spreadsheet/enums';
import { LocalSpreadsheetApp } from '../../../src/local/services/spreadsheet/localSpreadsheetApp';
import { LocalHost } from '../../../src/local/localHost';
import { saveWorkbook, loadWorkbook } from '../../../src/local/workbookFile';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const Charts = { ChartType } as unknown as typeof GoogleAppsScript.Charts;

function trendChart(sheet: GoogleAppsScript.Spreadsheet.Sheet) {
  return sheet
    .newChart()
    .setChartType(Charts.ChartType.LINE)
    .addRange(sheet.getRange('A1:A4'))
    .addRange(sheet.getRange('B1:D4'))
    .setOption('title', 'NPS by month')
    .setOption('series', { 1: { lineDashStyle: [4, 4] } })
    .setPosition(2, 6, 10, 20)
    .build();
}

describe('embedded charts', () => {
  test('the builder keeps type, ranges, options and position; the chart has an id once inserted', () => {
    const { sheet } = newHost();
    const chart = trendChart(sheet);
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted!.getChartId()).toEqual(expect.any(Number));
    expect(inserted!.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A4', 'B1:D4']);
    expect(inserted!.getOptions().get('title')).toBe('NPS by month');
    expect(inserted!.getOptions().get('series')).toEqual({ 1: { lineDashStyle: [4, 4] } });
    expect(inserted!.getOptions().get('never.set')).toBeNull();
    const where = inserted!.getContainerInfo();
    expect([where.getAnchorRow(), where.getAnchorColumn(), where.getOffsetX(), where.getOffsetY()]).toEqual([2, 6, 10, 20]);
    expect(String(inserted!.modify().getChartType())).toBe('LINE');
  });

  test('modify + updateChart changes the chart in place; removeChart removes only that chart', () => {
    const { sheet } = newHost();
    sheet.insertChart(trendChart(sheet));
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(sheet.getRange('A6:B8')).build());
    const [first, second] = sheet.getCharts();
    sheet.updateChart(first!.modify().setOption('title', 'Trend').setPosition(30, 1, 0, 0).build());
    expect(sheet.getCharts().map((c) => c.getOptions().get('title'))).toEqual(['Trend', null]);
    expect(sheet.getCharts()[0]!.getChartId()).toBe(first!.getChartId());
    expect(sheet.getCharts()[0]!.getContainerInfo().getAnchorRow()).toBe(30);
    sheet.removeChart(second!);
    expect(sheet.getCharts().map((c) => c.getChartId())).toEqual([first!.getChartId()]);
    expect(() => sheet.removeChart(second!)).toThrow('The chart is not on this sheet.');
    expect(() => sheet.updateChart(trendChart(sheet))).toThrow('The chart is not on this sheet.');
  });

  // A string that is no Charts.ChartType fits no signature of setChartType (see methodSignatures.ts).
  test('an unknown chart type is refused', () => {
    const { sheet } = newHost();
    expect(() => sheet.newChart().setChartType('DONUT' as unknown as GoogleAppsScript.Charts.ChartType)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.",
    );
  });

  test('every chart call is counted', () => {
    const { sheet, ctx } = newHost();
    sheet.insertChart(trendChart(sheet));
    sheet.getCharts();
    const counts = ctx.calls.snapshot();
    expect(counts['Sheet.newChart']).toBe(1);
    expect(counts['EmbeddedChartBuilder.setOption']).toBe(2);
    expect(counts['EmbeddedChartBuilder.build']).toBe(1);
    expect(counts['Sheet.insertChart']).toBe(1);
    expect(counts['Sheet.getCharts']).toBe(1);
  });

  test('charts are saved and loaded with the spreadsheet, and new ids stay unique', () => {
    const { sheet, app, ctx, ui, model } = newHost();
    sheet.insertChart(trendChart(sheet));
    const saved = JSON.parse(JSON.stringify(app.exportState())) as unknown;
    const restored = new LocalSpreadsheetApp(ctx, ui);
    restored.importState(saved);
    const back = restored.getSpreadsheetModel(model.id)!.sheets[0]!;
    const [chart] = back.getCharts();
    expect(chart!.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A4', 'B1:D4']);
    expect(chart!.getOptions().get('series')).toEqual({ 1: { lineDashStyle: [4, 4] } });
    back.insertChart(chart as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart);
    const ids = back.getCharts().map((c) => c.getChartId());
    expect(new Set(ids).size).toBe(2);
  });

  test('a workbook file keeps the charts, and the host offers the Charts enum as a global', () => {
    const host = new LocalHost({ scopes: null });
    host.createSpreadsheet('Charts');
    const globals = host.globals() as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp; Charts: typeof GoogleAppsScript.Charts };
    const sheet = globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
    sheet.insertChart(sheet.newChart().setChartType(globals.Charts.ChartType.COLUMN).addRange(sheet.getRange('A1:B11')).build());
    const directory = mkdtempSync(path.join(tmpdir(), 'charts-'));
    try {
      const file = path.join(directory, 'workbook.json');
      saveWorkbook(host, file);
      const loaded = loadWorkbook(file, { scopes: null });
      const again = loaded.spreadsheetApp.getSpreadsheetModel(loaded.activeSpreadsheetId()!)!.sheets[0]!;
      expect(again.charts.map((c) => [c.type, c.ranges.length])).toEqual([['COLUMN', 1]]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
