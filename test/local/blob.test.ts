import { HostContext } from '../../src/local/hostContext';
import { LocalBlob } from '../../src/local/services/blob';

describe('LocalBlob', () => {
  const ctx = new HostContext();
  // https://developers.google.com/apps-script/reference/base/blob
  it('returns bytes as signed Java bytes and strings in a charset', () => {
    const blob = new LocalBlob(ctx.calls, new TextEncoder().encode('é'), 'text/plain', 'a.txt');
    expect(blob.getBytes()).toEqual([-61, -87]);
    expect(blob.getDataAsString()).toBe('é');
    expect(blob.getDataAsString('ISO-8859-1')).toBe('Ã©');
    blob.setDataFromString('ab', 'US-ASCII');
    expect(blob.getBytes()).toEqual([97, 98]);
    blob.setBytes([-1, 255]);
    expect(blob.getBytes()).toEqual([-1, -1]);
  });

  it('copies are independent; isGoogleType follows the content type', () => {
    const blob = new LocalBlob(ctx.calls, new Uint8Array([1]), 'application/vnd.google-apps.spreadsheet', 'S');
    const copy = blob.copyBlob();
    copy.setName('T').setContentType('text/csv');
    expect([blob.getName(), blob.isGoogleType(), copy.getName(), copy.isGoogleType()]).toEqual(['S', true, 'T', false]);
  });

  it('round-trips its state', () => {
    const blob = new LocalBlob(ctx.calls, new Uint8Array([0, 200]), 'x/y', 'n');
    const copy = LocalBlob.fromState(ctx.calls, JSON.parse(JSON.stringify(blob.exportState())));
    expect([copy.getBytes(), copy.getContentType(), copy.getName()]).toEqual([blob.getBytes(), 'x/y', 'n']);
  });
});
