/**
 * The document's version, which the open sidebar polls to redraw what a menu item, a trigger
 * or another user changed: every write moves it, a read never does, and a poll costs one
 * property read.
 */
import type { LocalHost } from '../../src/local/localHost';
import { addonHost, putTable } from '../support/addonHost';

const version = (h: LocalHost) => h.run<string>('getDocumentVersion');

function shopHost(): LocalHost {
  const h = addonHost();
  putTable(h, 'Sheet1', [
    ['Name', 'Email', 'Phone'],
    ['Aigerim Sarsen', 'AIGERIM@MAIL.KZ ', '8 701 123 4567'],
    ['Wang Fang', 'wang@qq.com', '13800138000'],
  ]);
  return h;
}

describe('the document version', () => {
  it('moves after Set up customer sheet from the menu, so the open sidebar no longer says rows have no customer ID', () => {
    const h = shopHost();
    h.run('showSidebar');
    const before = version(h);
    expect(h.run<{ summary: { missingIds: number } }>('getSidebarState').summary.missingIds).toBe(2);
    h.run('setUpCustomerSheet');
    expect(version(h)).not.toBe(before);
    expect(h.run<{ summary: { missingIds: number } }>('getSidebarState').summary.missingIds).toBe(0);
  });

  it.each([
    ['applyCleaning', [[]]],
    ['mergeDuplicates', [[[2, 3]]]],
  ] as [string, unknown[]][])('moves after %s', (action, args) => {
    const h = shopHost();
    h.run('setUpCustomerSheet');
    const before = version(h);
    h.run(action, ...args);
    expect(version(h)).not.toBe(before);
  });

  it('moves after an edit the edit trigger stamps (the audited editing count then moves in the sidebar)', () => {
    const h = shopHost();
    h.run('setUpCustomerSheet');
    const before = version(h);
    expect(h.userEdit('Sheet1', 2, 1, 'Aigerim Sarsenova').ok).toBe(true);
    expect(version(h)).not.toBe(before);
  });

  it('stays as it is while the sidebar only reads', () => {
    const h = shopHost();
    h.run('setUpCustomerSheet');
    const before = version(h);
    h.run('getSidebarState');
    h.run('getCleaningPanel');
    h.run('getDuplicates');
    h.run('getAuditPanel');
    expect(version(h)).toBe(before);
  });

  it('costs one property read per poll, and no scope check call', () => {
    const h = shopHost();
    h.run('setUpCustomerSheet');
    h.ctx.calls.reset();
    version(h);
    expect(h.ctx.calls.snapshot()).toEqual({ 'PropertiesService.getDocumentProperties': 1, 'Properties.getProperty': 1 });
  });
});
