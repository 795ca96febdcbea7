// Electron 45 downloads its binary lazily, on first use of its Node entry; electron-vite's
// preview reads the binary's path without triggering that download. Resolving the entry once
// here fetches the binary on a user's first `npm start` (it needs internet, once).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  console.log(`Electron: ${require('electron')}`);
} catch (error) {
  console.error(`Electron's binary is missing and could not be downloaded: ${error.message}`);
  console.error('Without Electron, `npx zhitu serve` opens the same app in a browser.');
  process.exit(1);
}
