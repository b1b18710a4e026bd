/**
 * Minimisation with a gradient: BFGS (Nocedal & Wright, Numerical Optimization, algorithm 6.1)
 * with a backtracking Armijo line search. A step that leaves the function's domain (an infinite
 * or non-finite value) is shortened like any step that does not decrease it enough.
 * Deterministic: the same start gives the same steps.
 */

export interface ValueAndGradient {
  value: number;
  gradient: number[];
}

export interface GradientMinimum {
  point: number[];
  value: number;
  /** Evaluations of the value and gradient together. */
  evaluations: number;
  /** True when the gradient vanished (to the tolerance), not when the budget ran out. */
  converged: boolean;
}

const dot = (u: readonly number[], v: readonly number[]) => u.reduce((sum, value, i) => sum + value * (v[i] as number), 0);

/** Stops at a vanishing gradient, or after maxEvaluations (a likelihood whose optimum is at infinity, e.g. every customer buying like clockwork, has none). */
export function minimiseWithGradient(f: (x: number[]) => ValueAndGradient, start: readonly number[], gradientTolerance = 1e-8, maxEvaluations = 1000): GradientMinimum {
  const n = start.length;
  let x = start.slice();
  let current = f(x);
  let evaluations = 1;
  // The inverse Hessian estimate, starting from the identity.
  let inverse: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let converged = false;
  while (evaluations < maxEvaluations && Number.isFinite(current.value)) {
    if (Math.max(...current.gradient.map(Math.abs)) < gradientTolerance) {
      converged = true;
      break;
    }
    let direction = inverse.map((row) => -dot(row, current.gradient));
    let slope = dot(direction, current.gradient);
    if (!(slope < 0)) {
      // The estimate lost positive definiteness: start again from steepest descent.
      inverse = inverse.map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
      direction = current.gradient.map((g) => -g);
      slope = dot(direction, current.gradient);
    }
    let step = 1;
    let next: ValueAndGradient | null = null;
    let candidate = x;
    for (let halving = 0; halving < 40 && evaluations < maxEvaluations; halving += 1) {
      candidate = x.map((value, i) => value + step * (direction[i] as number));
      const trial = f(candidate);
      evaluations += 1;
      if (Number.isFinite(trial.value) && trial.value <= current.value + 1e-4 * step * slope) {
        next = trial;
        break;
      }
      step /= 2;
    }
    if (!next) break;
    const s = candidate.map((value, i) => value - (x[i] as number));
    const y = next.gradient.map((value, i) => value - (current.gradient[i] as number));
    const sy = dot(s, y);
    if (sy > 1e-12) {
      // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ
      const rho = 1 / sy;
      const hy = inverse.map((row) => dot(row, y));
      const yhy = dot(y, hy);
      inverse = inverse.map((row, i) => row.map((value, j) => value - rho * ((hy[i] as number) * (s[j] as number) + (s[i] as number) * (hy[j] as number)) + (rho * rho * yhy + rho) * (s[i] as number) * (s[j] as number)));
    }
    const improvement = current.value - next.value;
    x = candidate;
    current = next;
    if (improvement <= 1e-15 * Math.max(1, Math.abs(current.value)) && Math.max(...current.gradient.map(Math.abs)) < gradientTolerance * 1e3) {
      converged = true;
      break;
    }
  }
  return { point: x, value: current.value, evaluations, converged };
}
