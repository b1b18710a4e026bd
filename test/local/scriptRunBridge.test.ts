import vm from 'node:vm';
import { checkScriptRunArguments, scriptRunResult } from '../../src/local/scriptRunBridge';

// developers.google.com/apps-script/guides/html/communication#parameters_and_return_values
describe('google.script.run bridge', () => {
  it('carries primitives, plain objects and arrays; undefined inside arrays becomes null', () => {
    expect(scriptRunResult({ a: 1, b: ['x', undefined, true], c: null })).toEqual({ a: 1, b: ['x', null, true], c: null });
    expect(scriptRunResult(undefined)).toBeNull();
    expect(() => checkScriptRunArguments(['text', 3, { nested: [1, { ok: false }] }])).not.toThrow();
  });

  it.each([
    ['a Date', new Date()],
    ['a function', () => 1],
    ['a Date inside an object', { when: [new Date()] }],
  ])('refuses %s as an argument', (_label, value) => {
    expect(() => checkScriptRunArguments([value])).toThrow(/illegal value in parameter 0/);
  });

  it('refuses circular objects', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => checkScriptRunArguments([loop])).toThrow(/circular/);
  });

  it('delivers a return value holding a Date as null', () => {
    expect(scriptRunResult({ summary: { updated: new Date() } })).toBeNull();
  });

  it('judges values from the add-on realm (a vm context) by kind: plain objects cross, Dates do not', () => {
    const fromVm = vm.runInNewContext('({ plain: { rows: [1, 2] }, when: new Date(0) })') as { plain: unknown; when: unknown };
    expect(scriptRunResult(fromVm.plain)).toEqual({ rows: [1, 2] });
    expect(scriptRunResult(fromVm)).toBeNull();
    class Customer {}
    expect(() => checkScriptRunArguments([new Customer()])).toThrow(/not plain/);
  });
});
