/**
 * What Merge would leave of each group, for the review panel: core's merge plan, with the same
 * rules and inputs as the merge itself, nothing written. Groups are planned in one plan, the
 * pairs to check in another (a pair may share a row with a group); each survivor is planned
 * from the table as it is, so pairs sharing a row do not see each other.
 */
import type { CellValue } from '../../core/customerRecord';
import { planMerge } from '../../core/merge/mergePlan';
import type { ActionContext } from '../actionContext';
import type { CustomerTable } from '../customerSheet';
import { mergeRequest } from './mergeInputs';

export interface MergePreview {
  /** The survivor's non-empty cells, with their headers (Other contacts included, added or not). */
  fields: { header: string; value: string }[];
  recounted: boolean;
}

export function mergePreviews<K extends string>(
  context: ActionContext,
  table: CustomerTable,
  lists: Record<K, number[][]>,
  shown: (row: readonly CellValue[]) => string[],
): Record<K, MergePreview[]> {
  const previewsOf = (groups: number[][]): MergePreview[] => {
    if (groups.length === 0) return [];
    const plan = planMerge(mergeRequest(context, table.values, table.columns, groups));
    const headers = shown(plan.table[0] ?? []);
    // Every group is valid (two rows or more of the table), so the plan has one survivor per group, in order.
    return plan.survivors.map((survivor) => ({
      fields: shown(survivor.after).flatMap((value, c) => (value.trim() === '' ? [] : [{ header: headers[c] ?? '', value }])),
      recounted: survivor.recounted,
    }));
  };
  return Object.fromEntries((Object.keys(lists) as K[]).map((key) => [key, previewsOf(lists[key])])) as Record<K, MergePreview[]>;
}
