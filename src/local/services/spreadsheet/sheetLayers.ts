import { SparseGrid } from './sparseGrid';
import type { CellValue } from './cellValues';
import type { ValidationModel } from './dataValidation';

/** Every per-cell layer of a sheet; rows and columns move all of them together. */
export interface SheetLayers {
  values: SparseGrid<CellValue>;
  formulas: SparseGrid<string>;
  numberFormats: SparseGrid<string>;
  notes: SparseGrid<string>;
  validations: SparseGrid<ValidationModel>;
  fontWeights: SparseGrid<string>;
  backgrounds: SparseGrid<string>;
  fontColors: SparseGrid<string>;
  horizontalAlignments: SparseGrid<string>;
  wraps: SparseGrid<boolean>;
}


export const emptyLayers = (): SheetLayers => ({
  values: new SparseGrid(),
  formulas: new SparseGrid(),
  numberFormats: new SparseGrid(),
  notes: new SparseGrid(),
  validations: new SparseGrid(),
  fontWeights: new SparseGrid(),
  backgrounds: new SparseGrid(),
  fontColors: new SparseGrid(),
  horizontalAlignments: new SparseGrid(),
  wraps: new SparseGrid(),
});

/** Layers cleared as "formatting": number formats are not among them (see clearFormat). */
export const STYLE_LAYERS = ['fontWeights', 'backgrounds', 'fontColors', 'horizontalAlignments', 'wraps'] as const;
