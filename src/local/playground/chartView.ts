import type { ChartModel } from '../services/spreadsheet/localChart';
import type { LocalSheet } from '../services/spreadsheet/localSheet';
import type { ChartView } from './playgroundView';

/** Google Charts' default series colours, for charts that set none. */
const PALETTE = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043', '#9e9d24'];

const numberOption = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * What the page needs to draw one chart: its place, and the data of its range read from the
 * sheet now (first column: categories; each further column: a series named by its header).
 * Host-side reads of the raw model, so they are not counted as the add-on's calls.
 */
export function chartView(sheet: LocalSheet, chart: ChartModel): ChartView {
  const source = chart.ranges[0];
  const dataSheet = source ? sheet.spreadsheet.sheetById(source.sheetId) : undefined;
  const rect = source?.rect;
  const range = dataSheet && rect ? dataSheet.rangeModel(rect.top, rect.left, rect.height, rect.width) : null;
  const values = range ? range.getValues() : [];
  const display = range ? range.getDisplayValues() : [];
  const headers = chart.numHeaders === 0 ? 0 : 1;
  const options = chart.options;
  const colors = Array.isArray(options.colors) ? (options.colors as string[]) : PALETTE;
  const seriesOptions = (options.series ?? {}) as Record<string, { lineDashStyle?: unknown }>;
  const width = (values[0]?.length ?? 1) - 1;
  const axis = chart.type === 'BAR' ? 'hAxis' : 'vAxis';
  return {
    type: chart.type,
    title: typeof options.title === 'string' ? options.title : '',
    row: chart.position.row,
    column: chart.position.column,
    offsetX: chart.position.offsetX,
    offsetY: chart.position.offsetY,
    width: numberOption(options.width) ?? 600,
    height: numberOption(options.height) ?? 371,
    categories: display.slice(headers).map((line) => line[0] ?? ''),
    series: Array.from({ length: Math.max(0, width) }, (_, i) => ({
      name: headers ? (display[0]?.[i + 1] ?? '') : '',
      values: values.slice(headers).map((line) => (typeof line[i + 1] === 'number' ? (line[i + 1] as number) : null)),
      color: colors[i % colors.length] ?? PALETTE[0]!,
      dashed: seriesOptions[String(i)]?.lineDashStyle !== undefined,
    })),
    colors: [...colors],
    min: numberOption(options[`${axis}.viewWindow.min`]),
    max: numberOption(options[`${axis}.viewWindow.max`]),
  };
}
