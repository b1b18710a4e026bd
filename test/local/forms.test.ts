import { HostContext } from '../../src/local/hostContext';
import { NO_ITEM_WITH_ID } from '../../src/local/services/drive';
import { LocalFormApp } from '../../src/local/services/forms';

function setup() {
  const ctx = new HostContext({ now: new Date('2024-01-01T00:00:00Z') });
  // A host seam standing in for the local SpreadsheetApp's list of spreadsheets.
  const spreadsheets = { listSpreadsheets: () => [{ id: 'ss-1', name: 'Customers' }] };
  return { ctx, formApp: new LocalFormApp(ctx, spreadsheets) };
}

describe('LocalFormApp', () => {
  // https://developers.google.com/apps-script/reference/forms/form
  it('creates a form with items and reads them back', () => {
    const { formApp } = setup();
    const form = formApp.create('Sign up');
    form.addTextItem().setTitle('Name').setRequired(true);
    form.addParagraphTextItem().setTitle('Notes');
    form.addMultipleChoiceItem().setTitle('Plan').setChoiceValues(['Free', 'Pro']);
    form.addCheckboxItem().setTitle('Topics').setChoiceValues(['News']);
    form.addScaleItem().setTitle('How likely are you to recommend us?').setBounds(0, 10).setLabels('Not', 'Very');
    const items = form.getItems();
    expect(items.map((i) => [i.getTitle(), String(i.getType()), i.getIndex()])).toEqual([
      ['Name', 'TEXT', 0], ['Notes', 'PARAGRAPH_TEXT', 1], ['Plan', 'MULTIPLE_CHOICE', 2], ['Topics', 'CHECKBOX', 3],
      ['How likely are you to recommend us?', 'SCALE', 4],
    ]);
    expect(items[0]!.asTextItem().isRequired()).toBe(true);
    expect(items[2]!.asMultipleChoiceItem().getChoices().map((c) => c.getValue())).toEqual(['Free', 'Pro']);
    expect([items[4]!.asScaleItem().getLowerBound(), items[4]!.asScaleItem().getUpperBound()]).toEqual([0, 10]);
    expect(new Set(items.map((i) => i.getId())).size).toBe(5);
    expect(form.getTitle()).toBe('Sign up');
  });

  it('refuses to view an item as another type', () => {
    const { formApp } = setup();
    const form = formApp.create('F');
    form.addTextItem();
    expect(() => form.getItems()[0]!.asCheckboxItem()).toThrow('Invalid conversion for item type: TEXT');
  });

  // ScaleItem.setBounds: lower 0 or 1, upper 3 to 10.
  it('validates scale bounds', () => {
    const item = setup().formApp.create('F').addScaleItem();
    expect(() => item.setBounds(2, 5)).toThrow();
    expect(() => item.setBounds(1, 11)).toThrow();
    expect([item.getLowerBound(), item.getUpperBound()]).toEqual([1, 5]);
  });

  it('sets a spreadsheet destination that must exist; opens forms by id; gives URLs', () => {
    const { formApp } = setup();
    const form = formApp.create('F');
    expect(() => form.getDestinationId()).toThrow();
    expect(() => form.setDestination(formApp.DestinationType.SPREADSHEET, 'nope')).toThrow(NO_ITEM_WITH_ID);
    form.setDestination(formApp.DestinationType.SPREADSHEET, 'ss-1');
    const reopened = formApp.openById(form.getId());
    expect(reopened.getDestinationId()).toBe('ss-1');
    expect(reopened.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(reopened.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/);
    expect(() => formApp.openById('nope')).toThrow(NO_ITEM_WITH_ID);
  });

  it('round-trips its state', () => {
    const { ctx, formApp } = setup();
    const form = formApp.create('F');
    form.addMultipleChoiceItem().setTitle('Plan').setChoiceValues(['A']);
    const copy = new LocalFormApp(ctx, { listSpreadsheets: () => [] });
    copy.importState(JSON.parse(JSON.stringify(formApp.exportState())));
    expect(copy.exportState()).toEqual(formApp.exportState());
    expect(copy.openById(form.getId()).getItems()[0]!.getTitle()).toBe('Plan');
  });
});
