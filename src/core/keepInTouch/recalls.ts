/**
 * Recalls: services that should be repeated after an interval ("check-up: 180 days", "стрижка: 30"),
 * written by the owner one per line. A customer whose last purchase of a service is as old as
 * its interval or older is due. A purchase is of a service when its item names the service as
 * whole words ("Annual check-up" is a check-up), compared as headers are (case, Persian letter
 * forms, digits in any script).
 */
import { toAsciiDigits } from '../cleaning/digits';
import { compareCodeUnits } from '../codeUnitOrder';
import { normaliseHeader } from '../headerRoles';

export interface RecallService {
  name: string;
  days: number;
}

export interface RecallProblem {
  /** 1-based line of the owner's text. */
  line: number;
  text: string;
}

/** "name: N" with an optional word for days after N, in any of the six languages. */
const SERVICE_LINE = /^(.+?)\s*[:：=]\s*(\d{1,4})\s*(?:days?|d|дн(?:ей|я|и)?|д|күн|өдөр|хоног|روز|天|日)?\.?$/iu;

export function parseRecallServices(text: string): { services: RecallService[]; problems: RecallProblem[] } {
  const services: RecallService[] = [];
  const problems: RecallProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = toAsciiDigits(raw).trim();
    if (line === '') return;
    const match = SERVICE_LINE.exec(line);
    const days = Number(match?.[2]);
    if (!match || days < 1 || normaliseHeader(match[1]!) === '') problems.push({ line: index + 1, text: raw.trim() });
    else services.push({ name: match[1]!.trim(), days });
  });
  return { services, problems };
}

export interface ServiceVisit {
  customerId: string;
  day: number;
  item: string;
}

export interface RecallDue {
  customerId: string;
  service: string;
  /** The day of the last purchase of the service. */
  lastDay: number;
  /** The day it became due: the last purchase plus the interval. */
  dueDay: number;
}

function namesService(item: string, service: string): boolean {
  return ` ${normaliseHeader(item)} `.includes(` ${normaliseHeader(service)} `);
}

/** Who is due for which service on `today`, the longest overdue first. */
export function recallsDue(visits: readonly ServiceVisit[], services: readonly RecallService[], today: number): RecallDue[] {
  const last = new Map<string, { customerId: string; service: RecallService; day: number }>();
  for (const visit of visits) {
    if (visit.customerId === '' || visit.day > today) continue;
    for (const service of services) {
      if (!namesService(visit.item, service.name)) continue;
      const key = `${visit.customerId}\u0000${service.name}`;
      const seen = last.get(key);
      if (!seen || seen.day < visit.day) last.set(key, { customerId: visit.customerId, service, day: visit.day });
    }
  }
  return [...last.values()]
    .map(({ customerId, service, day }) => ({ customerId, service: service.name, lastDay: day, dueDay: day + service.days }))
    .filter((recall) => recall.dueDay <= today)
    .sort((a, b) => a.dueDay - b.dueDay || compareCodeUnits(a.customerId, b.customerId));
}
