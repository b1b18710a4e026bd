/**
 * The one place a code Clientele computes with becomes words: the sidebar, the sheets and the
 * CLI all read segments, import outcomes and refused answers through these, so no code
 * (`atRisk`, `potentialLoyalists`, `notANumber`, `quarantined`, `winBack`) reaches a reader.
 */
import type { Channel } from '../keepInTouch/contactGate';
import type { MessageKind } from '../keepInTouch/outreach';
import type { InvalidScoreReason } from '../nps/npsScore';
import type { UnreadableReason } from '../segments/cellReading';
import type { ActivitySegment } from '../segments/customerSegments';
import type { RfmSegment } from '../segments/rfm';
import { formatMessage } from './formatMessage';
import type { MessageKey, Messages } from './messages';

const RFM_LABELS: Record<RfmSegment, MessageKey> = {
  champions: 'insightRfmChampions',
  loyal: 'insightRfmLoyal',
  potentialLoyalists: 'insightRfmPotentialLoyalists',
  newCustomers: 'insightRfmNewCustomers',
  promising: 'insightRfmPromising',
  needAttention: 'insightRfmNeedAttention',
  aboutToSleep: 'insightRfmAboutToSleep',
  atRisk: 'insightRfmAtRisk',
  cantLose: 'insightRfmCantLose',
  hibernating: 'insightRfmHibernating',
  lost: 'insightRfmLost',
};

export function rfmLabel(text: Messages, segment: RfmSegment): string {
  return text[RFM_LABELS[segment]];
}

const ACTIVITY_NAMES: Record<ActivitySegment, MessageKey> = {
  active: 'segmentActive',
  atRisk: 'segmentAtRisk',
  lapsed: 'segmentLapsed',
  noPurchase: 'insightNoPurchase',
  unknown: 'insightUnknown',
};

/** The activity segment's short name (a cell, a count line); the panel explains each with its days. */
export function activityName(text: Messages, segment: ActivitySegment): string {
  return text[ACTIVITY_NAMES[segment]];
}

export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'quarantined' | 'duplicate' | 'blank' | 'suppressed';

const IMPORT_OUTCOMES: Record<ImportOutcome, MessageKey> = {
  created: 'importOutcomeCreated',
  updated: 'importOutcomeUpdated',
  unchanged: 'importOutcomeUnchanged',
  quarantined: 'importOutcomeQuarantined',
  duplicate: 'importOutcomeDuplicate',
  blank: 'importOutcomeBlank',
  suppressed: 'importOutcomeSuppressed',
};

export function importOutcomeLabel(text: Messages, outcome: ImportOutcome): string {
  return text[IMPORT_OUTCOMES[outcome]];
}

const NPS_REASONS: Record<InvalidScoreReason, MessageKey> = {
  notANumber: 'npsReasonNotANumber',
  notWhole: 'npsReasonNotWhole',
  outOfRange: 'npsReasonOutOfRange',
};

export function npsReasonLabel(text: Messages, reason: InvalidScoreReason): string {
  return text[NPS_REASONS[reason]];
}

const CELL_REASONS: Record<UnreadableReason, MessageKey> = {
  notDate: 'reasonNotDate',
  ambiguousDate: 'problemAmbiguousDate',
  notYesNo: 'reasonNotYesNo',
  notNumber: 'reasonNotNumber',
  notCount: 'reasonNotNumber',
};

/** "Row 4, column “Last purchase”: expected a date, found “soon”": a cell the segments could not read. */
export function cellProblemText(text: Messages, problem: { row: number; header: string; value: string; reason: UnreadableReason }): string {
  const reason = formatMessage(text[CELL_REASONS[problem.reason]], { value: problem.value });
  return formatMessage(text.problemInvalidValue, { row: problem.row, column: problem.header, reason });
}

const AUDIT_ACTIONS: Record<string, MessageKey> = {
  edit: 'auditActionEdit', clean: 'auditActionClean', merge: 'auditActionMerge', undo: 'auditActionUndo',
  capture: 'auditActionCapture', import: 'auditActionImport', restore: 'auditActionRestore', erase: 'auditActionErase',
  export: 'auditActionExport', interaction: 'auditActionInteraction', message: 'auditActionMessage', predict: 'auditActionPredict',
  purchase: 'auditActionPurchase', recalculate: 'auditActionRecalculate',
};

/**
 * An Audit log action code (`merge`, `erase`) in words. The sheet keeps the code; a code this
 * version does not know (written by a later one) is shown as it is rather than hidden.
 */
export function auditActionLabel(text: Messages, action: string): string {
  const key = Object.prototype.hasOwnProperty.call(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action] : undefined;
  return key ? text[key] : action;
}

const CHANNEL_LABELS: Record<Channel, MessageKey> = { email: 'kitChannelEmail', whatsapp: 'kitChannelWhatsapp', telegram: 'kitChannelTelegram', sms: 'kitChannelSms' };

/** Email, WhatsApp, Telegram or SMS, in the order the sidebar offers them. */
export const CHANNEL_ORDER = Object.keys(CHANNEL_LABELS) as Channel[];

export function channelLabel(text: Messages, channel: Channel): string {
  return text[CHANNEL_LABELS[channel]];
}

const MESSAGE_KIND_LABELS: Record<MessageKind, MessageKey> = {
  birthday: 'auditDetailKindBirthday', anniversary: 'auditDetailKindAnniversary', festival: 'auditDetailKindFestival', winBack: 'auditDetailKindWinBack',
  recall: 'auditDetailKindRecall', tierChange: 'auditDetailKindTierChange', detractor: 'auditDetailKindDetractor', detailsCheck: 'auditDetailKindDetailsCheck',
};

/** The Audit log's detail of a message sent to a customer: which kind, by which channel ("Birthday greeting · Email"). */
export function messageAuditDetail(text: Messages, kind: MessageKind, channel: Channel): string {
  return `${text[MESSAGE_KIND_LABELS[kind]]} · ${channelLabel(text, channel)}`;
}
