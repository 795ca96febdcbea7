import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { appPaths } from '../../electron/main/paths';

// The packaged app cannot be built or run here (no Electron binary): its configuration is checked instead.
const ROOT = path.resolve(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(path.join(ROOT, 'electron-builder.json'), 'utf8')) as {
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  extraResources: Array<{ from: string; to: string }>;
  electronFuses: Record<string, boolean>;
};
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('electron-builder configuration', () => {
  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar (which onlyLoadAppFromAsar and the integrity check need), native modules unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.files).toContain('out/**/*');
    expect(pkg.main.startsWith('out/')).toBe(true);
    expect(config.files.some((f) => f.startsWith('data'))).toBe(false);
  });

  it('ships data/lexicons as extra resources exactly where the packaged app looks for them', () => {
    const lexicons = config.extraResources.find((r) => r.from === 'data/lexicons');
    expect(lexicons).toBeDefined();
    expect(existsSync(path.join(ROOT, lexicons!.from, 'README.md'))).toBe(true);
    const resourcesPath = '/opt/Zhitu/resources';
    const paths = appPaths({ isPackaged: true, resourcesPath, mainDir: `${resourcesPath}/app.asar/out/main`, env: {} });
    expect(paths.lexiconDir).toBe(path.join(resourcesPath, lexicons!.to));
  });

  it('keeps electron a devDependency, as electron-builder expects', () => {
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.dependencies.electron).toBeUndefined();
  });
});
