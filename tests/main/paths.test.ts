import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { appPaths, loopbackUrl } from '../../electron/main/paths';

const base = { resourcesPath: '/opt/Zhitu/resources', mainDir: '/opt/Zhitu/resources/app.asar/out/main' };

describe('where the app finds its parts', () => {
  it('ignores ELECTRON_RENDERER_URL and uses the shipped lexicons when packaged', () => {
    const paths = appPaths({ ...base, isPackaged: true, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/', ZHITU_LEXICON_DIR: '/tmp/evil' } });
    expect(paths.devServerUrl).toBeNull();
    expect(paths.lexiconDir).toBe(join('/opt/Zhitu/resources', 'data', 'lexicons'));
    expect(paths.rendererDir).toBe(join(base.mainDir, '..', 'renderer'));
    expect(paths.preload).toBe(join(base.mainDir, '..', 'preload', 'index.cjs'));
    expect(paths.worker).toBe(join(base.mainDir, 'extract-worker.js'));
  });

  it('uses the development server in development, on loopback only', () => {
    const dev = (url: string | undefined) => appPaths({ ...base, isPackaged: false, env: { ELECTRON_RENDERER_URL: url } }).devServerUrl;
    expect(dev('http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(dev('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173/');
    expect(dev(undefined)).toBeNull();
    expect(dev('http://evil.test/')).toBeNull();
    expect(dev('file:///etc/passwd')).toBeNull();
    expect(dev('http://user:pw@localhost:5173/')).toBeNull();
    expect(dev('not a url')).toBeNull();
    expect(appPaths({ ...base, isPackaged: false, env: {} }).lexiconDir).toBeNull();
    expect(loopbackUrl('http://[::1]:5173/')).toBe('http://[::1]:5173/');
  });
});
