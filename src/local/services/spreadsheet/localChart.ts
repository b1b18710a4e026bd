import type { HostContext } from '../../hostContext';
import type { Faithful } from '../../faithful';
import { counted } from '../../countedService';
import { LocalRange } from './localRange';
import type { CellRect } from './protection';
import type { LocalSheet } from './localSheet';
import { ChartType, type ChartTypeName } from './enums';

/**
 * Charts embedded in a sheet (developers.google.com/apps-script/reference/spreadsheet/embedded-chart):
 * built with Sheet.newChart() → EmbeddedChartBuilder, placed with Sheet.insertChart, changed with
 * chart.modify() … build() and Sheet.updateChart, removed with Sheet.removeChart. A chart is a
 * plain model (type, source ranges, options, position) so that it is saved with the spreadsheet.
 */
export interface ChartModel {
  /** Null until the chart is inserted: Google's getChartId() is null for a chart not yet in a sheet. */
  chartId: number | null;
  type: ChartTypeName;
  ranges: { sheetId: number; rect: CellRect }[];
  /** Dotted option names as given to setOption ('title', 'vAxis.title'…), with their values. */
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
}

/** Where a chart's ranges are looked up: the spreadsheet's sheets, by id. */
export interface ChartSheets {
  sheetById(sheetId: number): LocalSheet | undefined;
}

function copyModel(model: ChartModel): ChartModel {
  return {
    ...model,
    ranges: model.ranges.map((r) => ({ sheetId: r.sheetId, rect: { ...r.rect } })),
    options: structuredClone(model.options),
    position: { ...model.position },
  };
}

function rangesOf(ctx: HostContext, sheets: ChartSheets, model: ChartModel): LocalRange[] {
  return model.ranges.flatMap(({ sheetId, rect }) => {
    const sheet = sheets.sheetById(sheetId);
    return sheet ? [sheet.handOutRange(rect.top, rect.left, rect.height, rect.width)] : [];
  });
}

type BuilderMethods = 'addRange' | 'removeRange' | 'clearRanges' | 'setChartType' | 'setOption' | 'setPosition' | 'setNumHeaders' | 'build';

/** `getChartType()`, `getRanges()` and `getContainer()` are outside Faithful: they return local enums and objects. */
export class LocalEmbeddedChartBuilder implements Faithful<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, BuilderMethods> {
  constructor(
    private readonly ctx: HostContext,
    private readonly sheets: ChartSheets,
    readonly draft: ChartModel,
  ) {}

  private wrapped(): this {
    return counted('EmbeddedChartBuilder', this, this.ctx.calls);
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    if (!(range instanceof LocalRange)) throw new Error('The range must be a range of this spreadsheet.');
    this.draft.ranges.push({ sheetId: range.sheet.sheetId, rect: { top: range.top, left: range.left, height: range.height, width: range.width } });
    return this.wrapped();
  }

  removeRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    if (!(range instanceof LocalRange)) throw new Error('The range must be a range of this spreadsheet.');
    this.draft.ranges = this.draft.ranges.filter(
      (r) => !(r.sheetId === range.sheet.sheetId && r.rect.top === range.top && r.rect.left === range.left && r.rect.height === range.height && r.rect.width === range.width),
    );
    return this.wrapped();
  }

  clearRanges(): this {
    this.draft.ranges = [];
    return this.wrapped();
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    const name = String(type);
    if (!(name in ChartType)) throw new Error(`Invalid argument: type (${name})`);
    this.draft.type = name as ChartTypeName;
    return this.wrapped();
  }

  getChartType(): ChartTypeName {
    return this.draft.type;
  }

  /** developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setoptionoption,-value: options as Google Charts names them. */
  setOption(option: string, value: unknown): this {
    this.draft.options[option] = structuredClone(value);
    return this.wrapped();
  }

  /** Anchor cell (1-based) and pixel offsets of the chart's upper left corner. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    if (anchorRowPos < 1 || anchorColPos < 1) throw new Error('The coordinates or dimensions of the range are invalid.');
    this.draft.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this.wrapped();
  }

  setNumHeaders(headers: number): this {
    this.draft.numHeaders = headers;
    return this.wrapped();
  }

  getRanges(): LocalRange[] {
    return rangesOf(this.ctx, this.sheets, this.draft);
  }

  getContainer(): LocalContainerInfo {
    return counted('ContainerInfo', new LocalContainerInfo(this.draft.position), this.ctx.calls);
  }

  build(): LocalEmbeddedChart {
    return counted('EmbeddedChart', new LocalEmbeddedChart(this.ctx, this.sheets, copyModel(this.draft)), this.ctx.calls);
  }
}

export class LocalContainerInfo implements Faithful<GoogleAppsScript.Spreadsheet.ContainerInfo, 'getAnchorRow' | 'getAnchorColumn' | 'getOffsetX' | 'getOffsetY'> {
  constructor(private readonly position: ChartModel['position']) {}

  getAnchorRow(): number {
    return this.position.row;
  }

  getAnchorColumn(): number {
    return this.position.column;
  }

  getOffsetX(): number {
    return this.position.offsetX;
  }

  getOffsetY(): number {
    return this.position.offsetY;
  }
}

/** Charts.ChartOptions: `get(option)` gives what setOption set, null for an option never set. */
export class LocalChartOptions implements Faithful<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  constructor(private readonly options: Record<string, unknown>) {}

  get(option: string): unknown {
    return option in this.options ? structuredClone(this.options[option]) : null;
  }
}

/** `getRanges()`, `getContainerInfo()`, `getOptions()` and `modify()` are outside Faithful: they return local objects. */
export class LocalEmbeddedChart implements Faithful<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId' | 'getNumHeaders'> {
  constructor(
    private readonly ctx: HostContext,
    private readonly sheets: ChartSheets,
    readonly model: ChartModel,
  ) {}

  getChartId(): number | null {
    return this.model.chartId;
  }

  getNumHeaders(): number {
    return this.model.numHeaders;
  }

  getRanges(): LocalRange[] {
    return rangesOf(this.ctx, this.sheets, this.model);
  }

  getContainerInfo(): LocalContainerInfo {
    return counted('ContainerInfo', new LocalContainerInfo({ ...this.model.position }), this.ctx.calls);
  }

  getOptions(): LocalChartOptions {
    return counted('ChartOptions', new LocalChartOptions(this.model.options), this.ctx.calls);
  }

  /** A builder holding this chart's settings and id: its build() goes back with Sheet.updateChart. */
  modify(): LocalEmbeddedChartBuilder {
    return counted('EmbeddedChartBuilder', new LocalEmbeddedChartBuilder(this.ctx, this.sheets, copyModel(this.model)), this.ctx.calls);
  }
}

/** A new chart's settings before anything is set (Sheets draws an empty chart at A1). */
export function newChartModel(): ChartModel {
  return { chartId: null, type: ChartType.LINE, ranges: [], options: {}, position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, numHeaders: -1 };
}

export function newChartBuilder(ctx: HostContext, sheets: ChartSheets): LocalEmbeddedChartBuilder {
  return counted('EmbeddedChartBuilder', new LocalEmbeddedChartBuilder(ctx, sheets, newChartModel()), ctx.calls);
}

/** The model behind a chart a script passes in (a counted wrapper of a LocalEmbeddedChart). */
export function chartModelOf(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): ChartModel {
  if (!(chart instanceof LocalEmbeddedChart)) throw new Error('The chart must be a chart built by this spreadsheet.');
  return chart.model;
}

export { copyModel as copyChartModel };
