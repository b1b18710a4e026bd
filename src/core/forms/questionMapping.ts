import { CUSTOMER_FIELDS, type CustomerField } from '../customerFields';
import { normaliseHeader, roleOfHeader } from '../headerRoles';
import { templateTitles, type QuestionTarget } from './formTemplate';

/**
 * Which customer field (or the recommend score, or its "why" comment) each question of a
 * form feeds. Recognised from the question title in any of the six languages; the user
 * corrects it in the sidebar, and the saved choice always wins over recognition.
 */
export type MappingTarget = CustomerField | 'score' | 'comment';
/** A saved mapping: question title -> target, or 'ignore' for a question Clientele must not read. */
export type SavedMapping = Record<string, MappingTarget | 'ignore'>;

export interface QuestionMapping {
  title: string;
  target: MappingTarget | null;
  /** true when the user chose it, false when it was recognised (or not) from the title. */
  chosen: boolean;
}

/** Fields a form answer may fill: not the ones Clientele itself writes. */
export const MAPPABLE_TARGETS: readonly MappingTarget[] = [
  ...CUSTOMER_FIELDS.filter((f) => f !== 'id' && f !== 'created' && f !== 'updated' && f !== 'nps' && f !== 'otherContacts'),
  'score',
  'comment',
];

export function isMappingTarget(value: unknown): value is MappingTarget {
  return typeof value === 'string' && (MAPPABLE_TARGETS as readonly string[]).includes(value);
}

const TEMPLATE_TARGETS: readonly Exclude<QuestionTarget, 'customerId'>[] = ['name', 'email', 'phone', 'consent', 'source', 'score', 'comment', 'notes'];
const EXACT = new Map<string, MappingTarget>(
  TEMPLATE_TARGETS.flatMap((target) => templateTitles(target).map((title) => [normaliseHeader(title), target] as const)),
);

/**
 * Question wording that column headers do not have. Checked before the header roles: "Почему
 * вы поставили такую оценку?" names the score but asks for the comment. Words are matched as
 * prefixes of the title's words (normalised), Chinese as a substring.
 */
const QUESTION_KEYWORDS: readonly [MappingTarget, readonly string[]][] = [
  ['comment', ['why', 'reason', 'почему', 'причина', 'неге', 'себеб', 'яагаад', 'шалтгаан', 'چرا', 'دلیل', '为什么', '为何', '原因']],
  ['score', ['recommend', 'likely', 'рекоменд', 'порекоменд', 'ұсын', 'санал болго', 'توصیه', '推荐']],
  ['consent', ['consent', 'contact you', 'agree', 'соглас', 'связыва', 'келісі', 'байланыс', 'зөвшөөр', 'холбогд', 'رضایت', 'تماس بگیریم', '同意', '联系您']],
  ['source', ['hear about', 'find us', 'узнали', 'білдіңіз', 'сонссон', 'آشنا', '知道我们', '了解到我们']],
];

function containsKeyword(normalised: string, keyword: string): boolean {
  const want = normaliseHeader(keyword);
  if (/\p{Script=Han}/u.test(keyword)) return normalised.replace(/ /g, '').includes(want.replace(/ /g, ''));
  return ` ${normalised}`.includes(` ${want}`);
}

/** The target a question title suggests, or null when nothing fits. */
export function recogniseQuestion(title: string): MappingTarget | null {
  const normalised = normaliseHeader(title);
  if (normalised === '') return null;
  const exact = EXACT.get(normalised);
  if (exact) return exact;
  const byWording = QUESTION_KEYWORDS.find(([, keywords]) => keywords.some((k) => containsKeyword(normalised, k)));
  if (byWording) return byWording[0];
  const role = roleOfHeader(title);
  if (role === 'nps') return 'score';
  return role !== null && isMappingTarget(role) ? role : null;
}

/** Each question's target: the saved choice, else recognition. Two questions may feed one field (their answers are joined). */
export function mapQuestions(titles: readonly string[], saved: SavedMapping = {}): QuestionMapping[] {
  return titles.map((title) => {
    const choice = saved[title];
    if (choice !== undefined) return { title, target: choice === 'ignore' ? null : choice, chosen: true };
    return { title, target: recogniseQuestion(title), chosen: false };
  });
}
