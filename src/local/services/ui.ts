import type { HostContext } from '../hostContext';
import type { Faithful } from '../faithful';
import { counted } from '../countedService';
import { Button, ButtonSet, SandboxMode, XFrameOptionsMode, type ButtonName, type ButtonSetName } from './spreadsheet/enums';

/**
 * Ui (SpreadsheetApp.getUi()) and HtmlService on the local host. Nothing is
 * drawn: menus, sidebars, dialogs and alerts are recorded for the host (tests,
 * the playground) to read, and the answers to alerts and prompts are queued by
 * the host in advance, standing in for the person clicking.
 */

export type MenuEntry = { caption: string; functionName: string } | { separator: true } | { caption: string; items: MenuEntry[] };

export interface RecordedMenu {
  caption: string;
  items: MenuEntry[];
  /** The add-on's own menu (Extensions > add-on name), of which there is only ever one. */
  addon: boolean;
}

export interface RecordedAlert {
  kind: 'alert' | 'prompt';
  title?: string;
  prompt: string;
  buttons: ButtonSetName;
  /** The button the (simulated) person pressed. */
  button: ButtonName;
  /** The text typed, for prompts. */
  text?: string;
}

export interface RecordedDialog {
  title: string;
  html: string;
  width: number;
  height: number;
  modal: boolean;
}

export type QueuedAnswer = ButtonName | { button: ButtonName; text?: string };

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

type HtmlOutputMethods =
  | 'setTitle' | 'getTitle' | 'getContent' | 'setContent' | 'append' | 'appendUntrusted' | 'clear'
  | 'setWidth' | 'setHeight' | 'getWidth' | 'getHeight' | 'setSandboxMode' | 'setXFrameOptionsMode';

export class LocalHtmlOutput implements Faithful<GoogleAppsScript.HTML.HtmlOutput, HtmlOutputMethods> {
  content: string;
  title = '';
  // Initial dialog size; Sheets sidebars ignore it (they are always 300 px wide).
  width = 600;
  height = 400;
  sandboxMode: string = SandboxMode.IFRAME;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;

  constructor(
    private readonly ctx: HostContext,
    content: string,
  ) {
    this.content = content;
  }

  private wrapped(): this {
    return counted('HtmlOutput', this, this.ctx.calls);
  }

  setTitle(title: string): this {
    this.title = title;
    return this.wrapped();
  }

  getTitle(): string {
    return this.title;
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): this {
    this.content = content;
    return this.wrapped();
  }

  append(addedContent: string): this {
    this.content += addedContent;
    return this.wrapped();
  }

  appendUntrusted(addedContent: string): this {
    this.content += escapeHtml(addedContent);
    return this.wrapped();
  }

  clear(): this {
    this.content = '';
    return this.wrapped();
  }

  setWidth(width: number): this {
    this.width = width;
    return this.wrapped();
  }

  setHeight(height: number): this {
    this.height = height;
    return this.wrapped();
  }

  getWidth(): number {
    return this.width;
  }

  getHeight(): number {
    return this.height;
  }

  /** developers.google.com/apps-script/reference/html/sandbox-mode: every mode now runs as IFRAME; the choice is only recorded. */
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): this {
    this.sandboxMode = String(mode);
    return this.wrapped();
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): this {
    this.xFrameOptionsMode = String(mode);
    return this.wrapped();
  }
}

type HtmlServiceMethods = 'createHtmlOutput' | 'createHtmlOutputFromFile';

export class LocalHtmlService implements Faithful<GoogleAppsScript.HTML.HtmlService, HtmlServiceMethods> {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    private readonly ctx: HostContext,
    private readonly readProjectFile: (name: string) => string | undefined,
  ) {}

  createHtmlOutput(html?: unknown): LocalHtmlOutput {
    return counted('HtmlOutput', new LocalHtmlOutput(this.ctx, html === undefined || html === null ? '' : String(html)), this.ctx.calls);
  }

  /**
   * developers.google.com/apps-script/reference/html/html-service#createhtmloutputfromfilefilename:
   * the name may be given with or without ".html"; a missing file throws "No HTML file named X was found."
   */
  createHtmlOutputFromFile(filename: string): LocalHtmlOutput {
    const base = filename.endsWith('.html') ? filename.slice(0, -'.html'.length) : filename;
    const content = this.readProjectFile(base) ?? this.readProjectFile(`${base}.html`);
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return counted('HtmlOutput', new LocalHtmlOutput(this.ctx, content), this.ctx.calls);
  }
}

export class LocalMenu implements Faithful<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  items: MenuEntry[] = [];

  constructor(
    private readonly ctx: HostContext,
    private readonly ui: LocalUi,
    readonly caption: string,
    readonly addon: boolean,
  ) {}

  private wrapped(): this {
    return counted('Menu', this, this.ctx.calls);
  }

  addItem(caption: string, functionName: string): this {
    this.items.push({ caption, functionName });
    return this.wrapped();
  }

  addSeparator(): this {
    this.items.push({ separator: true });
    return this.wrapped();
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    if (!(menu instanceof LocalMenu)) throw new Error('The sub-menu must come from Ui.createMenu().');
    this.items.push({ caption: menu.caption, items: structuredClone(menu.items) });
    return this.wrapped();
  }

  /** Shows the menu as it is now; items added afterwards need another addToUi(). */
  addToUi(): void {
    this.ui.recordMenu({ caption: this.caption, items: structuredClone(this.items), addon: this.addon });
  }
}

export class LocalPromptResponse implements Faithful<GoogleAppsScript.Base.PromptResponse, 'getResponseText'> {
  constructor(
    private readonly text: string,
    private readonly button: ButtonName,
  ) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): ButtonName {
    return this.button;
  }
}

type UiMethods = 'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog';

/** `alert` and `prompt` are outside Faithful: Google types their Button results as numeric enums; the local host uses names. */
export class LocalUi implements Faithful<GoogleAppsScript.Base.Ui, UiMethods> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  /** Menus in the menu bar, in the order they were first added. */
  menus: RecordedMenu[] = [];
  sidebar: { title: string; html: string } | null = null;
  dialogs: RecordedDialog[] = [];
  alerts: RecordedAlert[] = [];
  /** The caption Sheets gives the add-on menu: the add-on's name. */
  addonName = 'Add-on';
  private answers: QueuedAnswer[] = [];

  constructor(private readonly ctx: HostContext) {}

  // ---- host-only ----

  /** Queues how the next alert or prompt is answered; unanswered ones get the first button of their set and empty text. */
  answerNext(answer: QueuedAnswer): void {
    this.answers.push(answer);
  }

  /** Adding a menu with a caption already shown replaces it, so onOpen running twice does not duplicate menus. */
  recordMenu(menu: RecordedMenu): void {
    const at = this.menus.findIndex((m) => (menu.addon ? m.addon : !m.addon && m.caption === menu.caption));
    if (at >= 0) this.menus[at] = menu;
    else this.menus.push(menu);
  }

  private nextAnswer(buttons: ButtonSetName): { button: ButtonName; text: string } {
    const queued = this.answers.shift();
    const allowed = BUTTONS_OF[buttons];
    const answer = queued === undefined ? { button: allowed[0]! } : typeof queued === 'string' ? { button: queued } : queued;
    // CLOSE is the dialog's own close box, always available to the person.
    if (answer.button !== 'CLOSE' && !allowed.includes(answer.button)) {
      throw new Error(`The queued answer ${answer.button} is not a button of ${buttons}.`);
    }
    return { button: answer.button, text: 'text' in answer && answer.text !== undefined ? answer.text : '' };
  }

  private htmlOf(userInterface: unknown): LocalHtmlOutput {
    if (!(userInterface instanceof LocalHtmlOutput)) throw new Error('The user interface must come from HtmlService.');
    return userInterface;
  }

  /** Reads the (title, prompt, buttons) overloads shared by alert and prompt. */
  private dialogArgs(args: unknown[]): { title?: string; prompt: string; buttons: ButtonSetName } {
    const [a, b, c] = args;
    if (args.length >= 3) return { title: String(a), prompt: String(b), buttons: String(c) as ButtonSetName };
    if (args.length === 2) return { prompt: String(a), buttons: String(b) as ButtonSetName };
    return { prompt: String(a), buttons: 'OK' };
  }

  // ---- Apps Script surface ----

  createAddonMenu(): LocalMenu {
    return counted('Menu', new LocalMenu(this.ctx, this, this.addonName, true), this.ctx.calls);
  }

  createMenu(caption: string): LocalMenu {
    return counted('Menu', new LocalMenu(this.ctx, this, caption, false), this.ctx.calls);
  }

  showSidebar(userInterface: unknown): void {
    const html = this.htmlOf(userInterface);
    this.sidebar = { title: html.title, html: html.content };
  }

  showModalDialog(userInterface: unknown, title: string): void {
    const html = this.htmlOf(userInterface);
    this.dialogs.push({ title, html: html.content, width: html.width, height: html.height, modal: true });
  }

  showModelessDialog(userInterface: unknown, title: string): void {
    const html = this.htmlOf(userInterface);
    this.dialogs.push({ title, html: html.content, width: html.width, height: html.height, modal: false });
  }

  /** developers.google.com/apps-script/reference/base/ui#alertprompt: alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(...args: [string] | [string, GoogleAppsScript.Base.ButtonSet] | [string, string, GoogleAppsScript.Base.ButtonSet]): ButtonName {
    const dialog = this.dialogArgs(args);
    const { button } = this.nextAnswer(dialog.buttons);
    this.alerts.push({ kind: 'alert', ...dialog, button });
    return button;
  }

  /** developers.google.com/apps-script/reference/base/ui#promptprompt: the same overloads; answers with a PromptResponse. */
  prompt(...args: [string] | [string, GoogleAppsScript.Base.ButtonSet] | [string, string, GoogleAppsScript.Base.ButtonSet]): LocalPromptResponse {
    const dialog = this.dialogArgs(args);
    const { button, text } = this.nextAnswer(dialog.buttons);
    this.alerts.push({ kind: 'prompt', ...dialog, button, text });
    return counted('PromptResponse', new LocalPromptResponse(text, button), this.ctx.calls);
  }
}
