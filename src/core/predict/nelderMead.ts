/**
 * Minimisation without derivatives: Nelder–Mead with the dimension-adapted coefficients of Gao &
 * Han (2012), restarted from its best point with a fresh simplex until a restart no longer
 * improves the minimum — a simplex that collapsed on a ridge of the likelihood (the BG/NBD's a
 * and b trade off against each other) is rebuilt instead of reporting a false optimum.
 * Deterministic: the same start gives the same steps.
 */

export interface Minimum {
  point: number[];
  value: number;
  evaluations: number;
  /** True when the last restart stopped on the tolerances, not on the evaluation budget. */
  converged: boolean;
}

export interface MinimiseOptions {
  /** Side of the first simplex along each axis. */
  step?: number;
  /** Stop when the simplex's values differ by less than this … */
  valueTolerance?: number;
  /** … and its vertices by less than this along every axis. */
  pointTolerance?: number;
  maxEvaluations?: number;
  maxRestarts?: number;
}

/** A value that is not a finite number counts as +∞, so the simplex walks away from it. */
function finiteOrInfinity(value: number): number {
  return Number.isFinite(value) ? value : Infinity;
}

function nelderMeadOnce(f: (x: number[]) => number, start: readonly number[], step: number, valueTolerance: number, pointTolerance: number, budget: number): Minimum {
  const n = start.length;
  const reflect = 1;
  const expand = 1 + 2 / n;
  const contract = 0.75 - 1 / (2 * n);
  const shrink = 1 - 1 / n;
  let evaluations = 0;
  const evaluate = (x: number[]) => {
    evaluations += 1;
    return finiteOrInfinity(f(x));
  };
  const simplex: number[][] = [start.slice()];
  for (let i = 0; i < n; i += 1) {
    const vertex = start.slice();
    vertex[i] = (vertex[i] as number) + step;
    simplex.push(vertex);
  }
  const values = simplex.map(evaluate);
  const order = simplex.map((_, i) => i);
  const along = (from: number[], towards: number[], factor: number) => from.map((v, i) => v + factor * ((towards[i] as number) - v));
  let converged = false;
  while (evaluations < budget) {
    order.sort((i, j) => (values[i] as number) - (values[j] as number));
    const best = order[0] as number;
    const worst = order[n] as number;
    const secondWorst = order[n - 1] as number;
    const spread = (values[worst] as number) - (values[best] as number);
    let size = 0;
    for (const vertex of simplex) for (let k = 0; k < n; k += 1) size = Math.max(size, Math.abs((vertex[k] as number) - ((simplex[best] as number[])[k] as number)));
    if (spread <= valueTolerance && size <= pointTolerance) {
      converged = true;
      break;
    }
    const centroid = new Array<number>(n).fill(0);
    for (const i of order.slice(0, n)) for (let k = 0; k < n; k += 1) centroid[k] = (centroid[k] as number) + ((simplex[i] as number[])[k] as number) / n;
    const worstPoint = simplex[worst] as number[];
    const reflected = along(centroid, worstPoint, -reflect);
    const reflectedValue = evaluate(reflected);
    if (reflectedValue < (values[best] as number)) {
      const expanded = along(centroid, worstPoint, -reflect * expand);
      const expandedValue = evaluate(expanded);
      [simplex[worst], values[worst]] = expandedValue < reflectedValue ? [expanded, expandedValue] : [reflected, reflectedValue];
      continue;
    }
    if (reflectedValue < (values[secondWorst] as number)) {
      [simplex[worst], values[worst]] = [reflected, reflectedValue];
      continue;
    }
    const outside = reflectedValue < (values[worst] as number);
    const contracted = outside ? along(centroid, reflected, contract) : along(centroid, worstPoint, contract);
    const contractedValue = evaluate(contracted);
    if (contractedValue < Math.min(reflectedValue, values[worst] as number)) {
      [simplex[worst], values[worst]] = [contracted, contractedValue];
      continue;
    }
    const bestPoint = simplex[best] as number[];
    for (const i of order.slice(1)) {
      simplex[i] = along(bestPoint, simplex[i] as number[], shrink);
      values[i] = evaluate(simplex[i] as number[]);
    }
  }
  order.sort((i, j) => (values[i] as number) - (values[j] as number));
  const best = order[0] as number;
  return { point: simplex[best] as number[], value: values[best] as number, evaluations, converged };
}

/** The minimum of f near start. */
export function minimise(f: (x: number[]) => number, start: readonly number[], options: MinimiseOptions = {}): Minimum {
  const step = options.step ?? 0.5;
  const valueTolerance = options.valueTolerance ?? 1e-10;
  const pointTolerance = options.pointTolerance ?? 1e-7;
  const maxEvaluations = options.maxEvaluations ?? 20_000;
  const maxRestarts = options.maxRestarts ?? 8;
  let result = nelderMeadOnce(f, start, step, valueTolerance, pointTolerance, maxEvaluations);
  let evaluations = result.evaluations;
  for (let restart = 0; restart < maxRestarts && evaluations < maxEvaluations; restart += 1) {
    const again = nelderMeadOnce(f, result.point, step / 4, valueTolerance, pointTolerance, maxEvaluations - evaluations);
    evaluations += again.evaluations;
    const improved = result.value - again.value;
    if (again.value <= result.value) result = again;
    if (!(improved > valueTolerance)) break;
  }
  return { ...result, evaluations };
}
