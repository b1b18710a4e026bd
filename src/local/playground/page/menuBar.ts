import type { MenuEntry, RecordedMenu } from '../../services/ui';
import { h } from './dom';

export type RunMenuItem = (functionName: string) => void;

/**
 * The menu bar as Sheets draws it for a script: the add-on's menu under Extensions
 * (Extensions ▸ Clientele ▸ items), any other script menu at the top level. A menu opens
 * on click; choosing an item closes every menu and runs the item's function.
 */
export class MenuBar {
  constructor(
    private readonly bar: HTMLElement,
    private readonly run: RunMenuItem,
  ) {
    document.addEventListener('mousedown', (event) => {
      if (!(event.target instanceof Node) || !bar.contains(event.target)) this.closeAll();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closeAll();
    });
  }

  show(menus: RecordedMenu[]): void {
    const addon = menus.filter((menu) => menu.addon);
    const extensions = addon.map((menu) => this.submenu(menu.caption, menu.items, 'menu-addon'));
    if (extensions.length === 0) extensions.push(h('li', { class: 'menu-empty', role: 'none' }, 'No add-on menu'));
    const top = [this.topMenu('Extensions', extensions, 'menu-extensions')];
    for (const menu of menus.filter((m) => !m.addon)) top.push(this.topMenu(menu.caption, menu.items.map((item) => this.entry(item)), 'menu-script'));
    this.bar.replaceChildren(...top);
  }

  closeAll(): void {
    for (const open of this.bar.querySelectorAll('.open')) open.classList.remove('open');
  }

  private topMenu(caption: string, items: HTMLElement[], testId: string): HTMLElement {
    const button = h('button', { type: 'button', class: 'menu-button', 'data-testid': testId, 'aria-haspopup': 'menu' }, caption);
    const wrapper = h('div', { class: 'menu' }, button, h('ul', { class: 'menu-list', role: 'menu' }, ...items));
    button.addEventListener('click', () => {
      const wasOpen = wrapper.classList.contains('open');
      this.closeAll();
      wrapper.classList.toggle('open', !wasOpen);
    });
    return wrapper;
  }

  private entry(item: MenuEntry): HTMLElement {
    if ('separator' in item) return h('li', { class: 'menu-separator', role: 'separator' });
    if ('items' in item) return this.submenu(item.caption, item.items, 'menu-submenu');
    const button = h('button', { type: 'button', role: 'menuitem', 'data-testid': 'menu-item', 'data-function': item.functionName }, item.caption);
    button.addEventListener('click', () => {
      this.closeAll();
      this.run(item.functionName);
    });
    return h('li', { role: 'none' }, button);
  }

  private submenu(caption: string, items: MenuEntry[], testId: string): HTMLElement {
    const button = h('button', { type: 'button', role: 'menuitem', class: 'submenu-button', 'data-testid': testId, 'aria-haspopup': 'menu' }, caption);
    const li = h('li', { role: 'none', class: 'submenu' }, button, h('ul', { class: 'menu-list', role: 'menu' }, ...items.map((item) => this.entry(item))));
    const open = () => {
      for (const sibling of li.parentElement?.children ?? []) if (sibling !== li) sibling.classList.remove('open');
      li.classList.add('open');
    };
    button.addEventListener('click', open);
    button.addEventListener('mouseenter', open);
    return li;
  }
}
