import { HostContext } from '../../src/local/hostContext';
import { counted } from '../../src/local/countedService';
import { LocalHtmlService, LocalUi } from '../../src/local/services/ui';

function newUi() {
  const ctx = new HostContext({ now: new Date('2024-05-01T10:00:00Z') });
  const host = new LocalUi(ctx);
  const files: Record<string, string> = { Sidebar: '<h1>Clientele</h1>' };
  const htmlHost = new LocalHtmlService(ctx, (name) => files[name]);
  const ui = counted('Ui', host, ctx.calls) as unknown as GoogleAppsScript.Base.Ui;
  const HtmlService = counted('HtmlService', htmlHost, ctx.calls) as unknown as GoogleAppsScript.HTML.HtmlService;
  return { ctx, host, ui, HtmlService };
}

describe('menus', () => {
  // developers.google.com/apps-script/reference/base/menu
  test('addToUi records the menu with items, separators and sub-menus', () => {
    const { host, ui } = newUi();
    const tools = ui.createMenu('Tools').addItem('Export', 'exportCsv');
    ui.createAddonMenu().addItem('Open sidebar', 'showSidebar').addSeparator().addSubMenu(tools).addToUi();
    expect(host.menus).toEqual([
      {
        caption: 'Add-on',
        addon: true,
        items: [
          { caption: 'Open sidebar', functionName: 'showSidebar' },
          { separator: true },
          { caption: 'Tools', items: [{ caption: 'Export', functionName: 'exportCsv' }] },
        ],
      },
    ]);
  });

  test('onOpen running twice replaces the add-on menu instead of duplicating it', () => {
    const { host, ui } = newUi();
    const onOpen = (label: string) => ui.createAddonMenu().addItem(label, 'fn').addToUi();
    onOpen('First');
    ui.createMenu('Custom').addItem('x', 'x').addToUi();
    onOpen('Second');
    expect(host.menus.map((m) => [m.caption, m.items])).toEqual([
      ['Add-on', [{ caption: 'Second', functionName: 'fn' }]],
      ['Custom', [{ caption: 'x', functionName: 'x' }]],
    ]);
  });

  test('menu calls are counted', () => {
    const { ctx, ui } = newUi();
    ui.createAddonMenu().addItem('a', 'a').addToUi();
    expect(ctx.calls.snapshot()).toEqual({ 'Menu.addItem': 1, 'Menu.addToUi': 1, 'Ui.createAddonMenu': 1 });
  });
});

describe('alerts and prompts', () => {
  // developers.google.com/apps-script/reference/base/ui#alertprompt and #alerttitle,-prompt,-buttons
  test('alert overloads; unanswered alerts are answered with the first button of their set', () => {
    const { host, ui } = newUi();
    expect(ui.alert('Saved')).toBe(ui.Button.OK);
    expect(ui.alert('Delete 3 rows?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    host.answerNext('NO');
    expect(ui.alert('Merge', 'Merge 2 customers?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(host.alerts).toEqual([
      { kind: 'alert', prompt: 'Saved', buttons: 'OK', button: 'OK' },
      { kind: 'alert', prompt: 'Delete 3 rows?', buttons: 'YES_NO', button: 'YES' },
      { kind: 'alert', title: 'Merge', prompt: 'Merge 2 customers?', buttons: 'YES_NO', button: 'NO' },
    ]);
  });

  // developers.google.com/apps-script/reference/base/prompt-response
  test('prompt returns a PromptResponse with the queued text and button', () => {
    const { host, ui } = newUi();
    const empty = ui.prompt('Your name?');
    expect([empty.getResponseText(), empty.getSelectedButton()]).toEqual(['', ui.Button.OK]);
    host.answerNext({ button: 'CANCEL', text: 'ignored?' });
    const cancelled = ui.prompt('Title', 'Threshold?', ui.ButtonSet.OK_CANCEL);
    expect([cancelled.getResponseText(), cancelled.getSelectedButton()]).toEqual(['ignored?', ui.Button.CANCEL]);
    expect(host.alerts[1]).toMatchObject({ kind: 'prompt', title: 'Title', prompt: 'Threshold?', buttons: 'OK_CANCEL' });
  });

  test('a queued answer that is not a button of the dialog is a host error; CLOSE is always possible', () => {
    const { host, ui } = newUi();
    host.answerNext('YES');
    expect(() => ui.alert('Saved')).toThrow('The queued answer YES is not a button of OK.');
    host.answerNext('CLOSE');
    expect(ui.alert('Saved')).toBe(ui.Button.CLOSE);
  });
});

describe('HtmlService and dialogs', () => {
  // developers.google.com/apps-script/reference/html/html-service#createhtmloutputfromfilefilename
  test('createHtmlOutputFromFile reads a project file, with or without .html', () => {
    const { HtmlService } = newUi();
    expect(HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<h1>Clientele</h1>');
    expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<h1>Clientele</h1>');
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  // developers.google.com/apps-script/reference/html/html-output
  test('HtmlOutput setters and getters', () => {
    const { HtmlService } = newUi();
    const output = HtmlService.createHtmlOutput('<p>a</p>')
      .append('<p>b</p>')
      .appendUntrusted('<script>')
      .setTitle('Clientele')
      .setWidth(500)
      .setHeight(300)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
    expect(output.getContent()).toBe('<p>a</p><p>b</p>&lt;script&gt;');
    expect([output.getTitle(), output.getWidth(), output.getHeight()]).toEqual(['Clientele', 500, 300]);
    expect(output.setContent('x').getContent()).toBe('x');
    expect(HtmlService.createHtmlOutput().getContent()).toBe('');
  });

  test('showSidebar and dialogs are recorded for the host', () => {
    const { host, ui, HtmlService } = newUi();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Clientele'));
    expect(host.sidebar).toEqual({ title: 'Clientele', html: '<h1>Clientele</h1>' });
    ui.showModalDialog(HtmlService.createHtmlOutput('<p>preview</p>').setWidth(800).setHeight(600), 'Preview');
    ui.showModelessDialog(HtmlService.createHtmlOutput('<p>log</p>'), 'Log');
    expect(host.dialogs).toEqual([
      { title: 'Preview', html: '<p>preview</p>', width: 800, height: 600, modal: true },
      { title: 'Log', html: '<p>log</p>', width: 600, height: 400, modal: false },
    ]);
  });
});
