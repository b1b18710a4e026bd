/**
 * Error messages, worded as Apps Script words them, so that code (and tests)
 * that match on a message behave the same locally and on Google.
 */
export const MAX_CELLS_PER_SPREADSHEET = 10_000_000;
export const MAX_CHARACTERS_PER_CELL = 50_000;

export const googleErrors = {
  dataRowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  dataColumnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  startingRowTooSmall: 'The starting row of the range is too small.',
  startingColumnTooSmall: 'The starting column of the range is too small.',
  cellReferenceOutOfRange: 'Cell reference out of range',
  rangeNotFound: 'Range not found',
  cellLimit: `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS_PER_SPREADSHEET} cells.`,
  cellTooLong: `Your input contains more than the maximum of ${MAX_CHARACTERS_PER_CELL} characters in a single cell.`,
  sheetNameTaken: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  removeLastSheet: "You can't remove all the sheets in a document.",
  hideLastSheet: "You can't hide all the sheets in a document.",
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  rowsOutOfBounds: 'Those rows are out of bounds.',
  freezeAllRows: "You can't freeze all visible rows on the sheet.",
  freezeAllColumns: "You can't freeze all visible columns on the sheet.",
  columnsOutOfBounds: 'Those columns are out of bounds.',
  openByIdMissing: 'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
  protectionRemoved: 'The protection has been removed.',
};
