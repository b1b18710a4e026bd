/**
 * `npm start`: the local playground. The demo customer workbook (or the saved one) in a
 * browser page on 127.0.0.1, with the built add-on's menu, sidebar and toasts, as in Sheets.
 */
import { parseOptions, USAGE } from './cliOptions';
import { startPlayground } from './startPlayground';

export { startPlayground } from './startPlayground';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  if (!options) {
    console.log(USAGE);
    return;
  }
  let playground;
  try {
    playground = await startPlayground(options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new Error(`Port ${options.port} is in use: try --port 0 for a free one.`);
    throw error;
  }
  console.log(`Clientele playground: ${playground.url}`);
  console.log(`Workbook file: ${options.workbookFile} (Ctrl+C to stop)`);
  const stop = () => {
    void playground.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
