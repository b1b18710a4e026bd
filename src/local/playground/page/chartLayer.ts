/**
 * The sheet's embedded charts, drawn as simple SVG line, column, bar and pie charts at the
 * place Sheets would put them (anchor cell plus offsets), over the grid.
 */
import type { ChartView, GridView } from '../playgroundView';

const SVG = 'http://www.w3.org/2000/svg';
const DEFAULT_COLUMN_WIDTH = 100;

type Attributes = Record<string, string | number>;

function svg(tag: string, attributes: Attributes = {}, text?: string): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
}

function valueRange(chart: ChartView): [number, number] {
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const low = chart.min ?? Math.min(0, ...values);
  const high = chart.max ?? Math.max(1, ...values);
  return high > low ? [low, high] : [low, low + 1];
}

function axisLines(group: SVGElement, plot: Plot, low: number, high: number, horizontal: boolean): void {
  for (const tick of [low, (low + high) / 2, high, ...(low < 0 && high > 0 ? [0] : [])]) {
    const at = (tick - low) / (high - low);
    if (horizontal) {
      const x = plot.left + at * plot.width;
      group.append(svg('line', { x1: x, x2: x, y1: plot.top, y2: plot.top + plot.height, stroke: tick === 0 ? '#9aa0a6' : '#e0e0e0' }));
      group.append(svg('text', { x, y: plot.top + plot.height + 14, 'font-size': 10, 'text-anchor': 'middle', fill: '#5f6368' }, String(Math.round(tick))));
    } else {
      const y = plot.top + plot.height - at * plot.height;
      group.append(svg('line', { x1: plot.left, x2: plot.left + plot.width, y1: y, y2: y, stroke: tick === 0 ? '#9aa0a6' : '#e0e0e0' }));
      group.append(svg('text', { x: plot.left - 4, y: y + 3, 'font-size': 10, 'text-anchor': 'end', fill: '#5f6368' }, String(Math.round(tick))));
    }
  }
}

function lineChart(group: SVGElement, chart: ChartView, plot: Plot): void {
  const [low, high] = valueRange(chart);
  axisLines(group, plot, low, high, false);
  const step = plot.width / Math.max(1, chart.categories.length - 1);
  const y = (v: number) => plot.top + plot.height - ((v - low) / (high - low)) * plot.height;
  chart.series.forEach((series) => {
    const points = series.values.flatMap((v, i) => (v === null ? [] : [`${plot.left + i * step},${y(v)}`]));
    group.append(svg('polyline', { points: points.join(' '), fill: 'none', stroke: series.color, 'stroke-width': 2, ...(series.dashed ? { 'stroke-dasharray': '4 4' } : {}) }));
    for (const point of points) {
      const [cx, cy] = point.split(',');
      group.append(svg('circle', { cx: cx!, cy: cy!, r: 3, fill: series.color }));
    }
  });
  // About eight labels at most, as Sheets thins a crowded axis.
  const every = Math.ceil(chart.categories.length / 8);
  chart.categories.forEach((label, i) => {
    if (i % every === 0) group.append(svg('text', { x: plot.left + i * step, y: plot.top + plot.height + 14, 'font-size': 10, 'text-anchor': 'middle', fill: '#5f6368' }, label));
  });
}

function barChart(group: SVGElement, chart: ChartView, plot: Plot, horizontal: boolean): void {
  const [low, high] = valueRange(chart);
  axisLines(group, plot, low, high, horizontal);
  const series = chart.series[0];
  if (!series) return;
  const slot = (horizontal ? plot.height : plot.width) / Math.max(1, chart.categories.length);
  const scale = (v: number) => ((v - low) / (high - low)) * (horizontal ? plot.width : plot.height);
  const zero = scale(Math.max(low, Math.min(high, 0)));
  chart.categories.forEach((label, i) => {
    const value = series.values[i] ?? null;
    const size = value === null ? 0 : scale(Math.max(low, Math.min(high, value)));
    const start = Math.min(zero, size);
    const length = Math.abs(size - zero);
    if (horizontal) {
      const y = plot.top + i * slot;
      group.append(svg('rect', { x: plot.left + start, y: y + slot * 0.2, width: length, height: slot * 0.6, fill: series.color, 'data-testid': 'chart-bar' }));
      group.append(svg('text', { x: plot.left - 4, y: y + slot / 2 + 3, 'font-size': 10, 'text-anchor': 'end', fill: '#3c4043' }, label));
    } else {
      const x = plot.left + i * slot;
      group.append(svg('rect', { x: x + slot * 0.15, y: plot.top + plot.height - start - length, width: slot * 0.7, height: length, fill: series.color, 'data-testid': 'chart-bar' }));
      group.append(svg('text', { x: x + slot / 2, y: plot.top + plot.height + 14, 'font-size': 10, 'text-anchor': 'middle', fill: '#5f6368' }, label));
    }
  });
}

function pieChart(group: SVGElement, chart: ChartView, plot: Plot): void {
  const values = (chart.series[0]?.values ?? []).map((v) => Math.max(0, v ?? 0));
  const total = values.reduce((a, b) => a + b, 0);
  const radius = Math.min(plot.width / 2, plot.height) / 2;
  const cx = plot.left + radius + 10;
  const cy = plot.top + plot.height / 2;
  let angle = -Math.PI / 2;
  values.forEach((value, i) => {
    const color = chart.colors[i % chart.colors.length] ?? '#9aa0a6';
    group.append(svg('rect', { x: cx + radius + 24, y: plot.top + 10 + i * 18, width: 10, height: 10, fill: color }));
    group.append(svg('text', { x: cx + radius + 40, y: plot.top + 19 + i * 18, 'font-size': 11, fill: '#3c4043' }, `${chart.categories[i] ?? ''}: ${value}`));
    if (total === 0 || value === 0) return;
    const sweep = (value / total) * Math.PI * 2;
    if (value === total) {
      group.append(svg('circle', { cx, cy, r: radius, fill: color }));
      return;
    }
    const end = angle + sweep;
    const [x1, y1, x2, y2] = [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle), cx + radius * Math.cos(end), cy + radius * Math.sin(end)];
    group.append(svg('path', { d: `M${cx},${cy} L${x1},${y1} A${radius},${radius} 0 ${sweep > Math.PI ? 1 : 0} 1 ${x2},${y2} Z`, fill: color }));
    angle = end;
  });
}

function chartElement(chart: ChartView): SVGElement {
  const root = svg('svg', { width: chart.width, height: chart.height, viewBox: `0 0 ${chart.width} ${chart.height}`, class: 'chart', 'data-testid': 'chart', 'data-type': chart.type });
  root.append(svg('rect', { x: 0, y: 0, width: chart.width, height: chart.height, fill: '#fff', stroke: '#dadce0' }));
  root.append(svg('text', { x: chart.width / 2, y: 22, 'font-size': 14, 'text-anchor': 'middle', fill: '#202124', 'data-testid': 'chart-title' }, chart.title));
  const horizontal = chart.type === 'BAR';
  const plot: Plot = { left: horizontal ? 130 : 50, top: 40, width: chart.width - (horizontal ? 150 : 70), height: chart.height - 70 };
  const group = svg('g');
  if (chart.type === 'PIE') pieChart(group, chart, plot);
  else if (chart.type === 'LINE') lineChart(group, chart, plot);
  else barChart(group, chart, plot, horizontal);
  root.append(group);
  return root;
}

/** Draws the grid's charts in `layer`, which lies over the table with the same origin. */
export function drawCharts(layer: HTMLElement, grid: GridView, rowNumberWidth: number, headerHeight: number, rowHeight: number): void {
  layer.replaceChildren(
    ...grid.charts.map((chart) => {
      let left = rowNumberWidth + chart.offsetX;
      for (let c = 0; c < chart.column - 1; c++) left += grid.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
      const top = headerHeight + (chart.row - 1) * rowHeight + chart.offsetY;
      const element = chartElement(chart);
      element.style.left = `${left}px`;
      element.style.top = `${top}px`;
      return element as unknown as HTMLElement;
    }),
  );
}
