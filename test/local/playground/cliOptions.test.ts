import { parseOptions } from '../../../src/local/playground/cliOptions';

describe('playground command line', () => {
  it.each([[['--mode', 'addon'], 'addon'], [['--mode=addon-test'], 'addon-test'], [[], undefined]])('%j runs the add-on as %s (bound when not given)', (argv, mode) => {
    expect(parseOptions(argv, {})?.mode).toBe(mode);
  });

  it('refuses a mode it does not know, with the usage', () => {
    expect(() => parseOptions(['--mode', 'standalone'], {})).toThrow(/Not a deployment mode: "standalone" \(bound, addon-test or addon\)\.\nUsage:/);
  });
});
