import { startApp } from './app';

// Entry of the Electron main process. Tests import the modules with a mocked `electron` instead.
if (!process.env.VITEST) {
  startApp().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
