import { HostContext } from '../../src/local/hostContext';
import { LocalPropertiesService, STORE_QUOTA_EXCEEDED, VALUE_TOO_LARGE } from '../../src/local/services/properties';

function setup(documentId: string | null = 'ss-1') {
  const ctx = new HostContext({ now: new Date('2024-01-01T00:00:00Z') });
  let doc = documentId;
  const service = new LocalPropertiesService(ctx, () => doc);
  return { ctx, service, openDocument: (id: string | null) => { doc = id; } };
}

describe('LocalPropertiesService', () => {
  // https://developers.google.com/apps-script/reference/properties/properties#getProperty(String): null if absent.
  it('returns null for a missing key and stores every value as a string', () => {
    const props = setup().service.getScriptProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('n', 42 as unknown as string).setProperty('b', true as unknown as string);
    expect(props.getProperty('n')).toBe('42');
    expect(props.getProperties()).toEqual({ n: '42', b: 'true' });
    expect(props.getKeys().sort()).toEqual(['b', 'n']);
  });

  it('keeps script, user and per-document stores apart', () => {
    const { ctx, service, openDocument } = setup();
    service.getScriptProperties().setProperty('k', 'script');
    service.getUserProperties().setProperty('k', 'owner');
    service.getDocumentProperties()!.setProperty('k', 'doc1');
    openDocument('ss-2');
    expect(service.getDocumentProperties()!.getProperty('k')).toBeNull();
    ctx.user = { email: 'other@example.com', locale: 'en' };
    expect(service.getUserProperties().getProperty('k')).toBeNull();
    expect(service.getScriptProperties().getProperty('k')).toBe('script');
  });

  // https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties(): null outside a document.
  it('has no document store outside a document', () => {
    expect(setup(null).service.getDocumentProperties()).toBeNull();
  });

  it('setProperties can replace the whole store; deleteProperty and deleteAllProperties remove', () => {
    const props = setup().service.getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
    props.setProperties({ d: '4' });
    props.deleteProperty('c');
    expect(props.getProperties()).toEqual({ d: '4' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  // https://developers.google.com/apps-script/guides/services/quotas: 9 KB per value, 500 KB per store.
  it('rejects a value over 9 KB and leaves the store unchanged', () => {
    const props = setup().service.getScriptProperties();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(VALUE_TOO_LARGE);
    expect(props.getProperty('big')).toBeNull();
  });

  it('rejects writes that would take a store past 500 KB', () => {
    const props = setup().service.getScriptProperties();
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) props.setProperty(`k${i}`, chunk);
    expect(() => props.setProperty('one-more', chunk)).toThrow(STORE_QUOTA_EXCEEDED);
    expect(props.getKeys()).toHaveLength(56);
  });

  it('counts calls made by scripts', () => {
    const { ctx, service } = setup();
    service.getScriptProperties().setProperty('a', '1').getProperty('a');
    expect(ctx.calls.snapshot()).toEqual({ 'Properties.getProperty': 1, 'Properties.setProperty': 1 });
  });

  it('round-trips its state', () => {
    const { service, ctx } = setup();
    service.getScriptProperties().setProperty('s', '1');
    service.getUserProperties().setProperty('u', '2');
    service.getDocumentProperties()!.setProperty('d', '3');
    const copy = new LocalPropertiesService(ctx, () => 'ss-1');
    copy.importState(JSON.parse(JSON.stringify(service.exportState())));
    expect(copy.exportState()).toEqual(service.exportState());
    expect(copy.getDocumentProperties()!.getProperty('d')).toBe('3');
  });
});
