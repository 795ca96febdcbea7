import { join } from 'node:path';

/** What main knows about where it runs. */
export interface AppLocation {
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** `process.resourcesPath`: the packaged app's resources folder (extra resources live here). */
  resourcesPath: string;
  /** The folder of the built main bundle (out/main). */
  mainDir: string;
  /** The environment; a packaged app reads nothing from it. */
  env: Readonly<Record<string, string | undefined>>;
}

/** Where the app finds its parts. */
export interface AppPaths {
  /** The built renderer (out/renderer), served through the `app://` protocol. */
  rendererDir: string;
  preload: string;
  /** The extraction worker's script. */
  worker: string;
  /** The shipped lexicons when packaged (extra resources); null in development (the core finds data/lexicons). */
  lexiconDir: string | null;
  /** electron-vite's development server, only when not packaged and only on loopback; else null. */
  devServerUrl: string | null;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The development server's URL when it is a plain http(s) URL on loopback, else null. */
export function loopbackUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname) && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The app's paths. A packaged app trusts no environment variable: its page is always the built
 * renderer (ELECTRON_RENDERER_URL is ignored) and its lexicons are the ones it ships.
 */
export function appPaths(location: AppLocation): AppPaths {
  return {
    rendererDir: join(location.mainDir, '..', 'renderer'),
    preload: join(location.mainDir, '..', 'preload', 'index.cjs'),
    worker: join(location.mainDir, 'extract-worker.js'),
    lexiconDir: location.isPackaged ? join(location.resourcesPath, 'data', 'lexicons') : null,
    devServerUrl: location.isPackaged ? null : loopbackUrl(location.env.ELECTRON_RENDERER_URL),
  };
}
