/** The papers' tracking plot as an SVG: cumulative repeat purchases by week, actual against expected, the calibration end marked. */
import type { TrackingPoint } from '../../src/core/predict/tracking';

const WIDTH = 720;
const HEIGHT = 400;
const MARGIN = { left: 70, right: 20, top: 40, bottom: 50 };

export function trackingChartSvg(points: readonly TrackingPoint[], calibrationWeeks: number, title: string): string {
  const maxY = Math.ceil(Math.max(...points.map((p) => Math.max(p.actual, p.expected))) / 1000) * 1000;
  const weeks = points.length;
  const x = (week: number) => MARGIN.left + ((WIDTH - MARGIN.left - MARGIN.right) * week) / weeks;
  const y = (value: number) => HEIGHT - MARGIN.bottom - ((HEIGHT - MARGIN.top - MARGIN.bottom) * value) / maxY;
  const line = (value: (p: TrackingPoint) => number) => points.map((p) => `${x(p.period).toFixed(1)},${y(value(p)).toFixed(1)}`).join(' ');
  const yTicks = Array.from({ length: maxY / 1000 + 1 }, (_, i) => i * 1000);
  const xTicks = Array.from({ length: Math.floor(weeks / 10) + 1 }, (_, i) => i * 10);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="14">${title}</text>`,
    ...yTicks.map((v) => `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e0e0e0"/><text x="${MARGIN.left - 8}" y="${y(v) + 4}" text-anchor="end">${v.toLocaleString('en-US')}</text>`),
    ...xTicks.map((w) => `<text x="${x(w)}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${w}</text>`),
    `<text x="${WIDTH / 2}" y="${HEIGHT - 10}" text-anchor="middle">week</text>`,
    `<text transform="translate(18 ${HEIGHT / 2}) rotate(-90)" text-anchor="middle">cumulative repeat transactions</text>`,
    `<line x1="${x(calibrationWeeks)}" x2="${x(calibrationWeeks)}" y1="${MARGIN.top}" y2="${HEIGHT - MARGIN.bottom}" stroke="#9aa0a6" stroke-dasharray="3 3"/>`,
    `<text x="${x(calibrationWeeks) + 6}" y="${MARGIN.top + 12}" fill="#5f6368">end of calibration (week ${calibrationWeeks})</text>`,
    `<polyline fill="none" stroke="#1a73e8" stroke-width="2" points="${line((p) => p.actual)}"/>`,
    `<polyline fill="none" stroke="#ea4335" stroke-width="2" stroke-dasharray="6 4" points="${line((p) => p.expected)}"/>`,
    `<line x1="${MARGIN.left + 16}" x2="${MARGIN.left + 46}" y1="${MARGIN.top + 30}" y2="${MARGIN.top + 30}" stroke="#1a73e8" stroke-width="2"/><text x="${MARGIN.left + 52}" y="${MARGIN.top + 34}">actual</text>`,
    `<line x1="${MARGIN.left + 16}" x2="${MARGIN.left + 46}" y1="${MARGIN.top + 50}" y2="${MARGIN.top + 50}" stroke="#ea4335" stroke-width="2" stroke-dasharray="6 4"/><text x="${MARGIN.left + 52}" y="${MARGIN.top + 54}">BG/NBD expected</text>`,
    `<line x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${HEIGHT - MARGIN.bottom}" stroke="#5f6368"/>`,
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${HEIGHT - MARGIN.bottom}" y2="${HEIGHT - MARGIN.bottom}" stroke="#5f6368"/>`,
    '</svg>',
    '',
  ].join('\n');
}
