import { statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The boundaries of docs/architecture.md (rules 1-3, 6), checked on resolved paths rather than on
// import strings, so that a folder index (`../core/store`), a sibling layer (`../store` from
// graph), `export ... from`, `import()`, `require()` and `typeof import()` cannot slip past.
const ROOT = import.meta.dirname;
const CORE_LAYERS_ALLOWED = {
  // The app's lexicon files (data/lexicons): the lowest layer, read by articles and extract.
  lexicon: [],
  // Leaves above the lexicon files: they depend on nothing else in the core.
  articles: ['lexicon'],
  extract: ['lexicon'],
  store: [],
  export: [],
  // The graph uses extract's sentence splitter only (checked by file below).
  graph: ['extract/sentences'],
  // The pipeline runs above the leaves and the graph.
  pipeline: ['lexicon', 'articles', 'extract', 'store', 'export', 'graph'],
};
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** What part of the design a resolved path (relative to the root, no extension) belongs to. */
function elementOf(rel) {
  const parts = rel.split('/');
  if (parts[0] === 'renderer') return { kind: 'renderer' };
  if (parts[0] !== 'electron') return { kind: 'other' };
  if (parts[1] !== 'core') return { kind: parts[1] ?? 'other' };
  if (parts.length === 2) return { kind: 'core', layer: null, file: 'index' };
  const isFolder = statSync(path.join(ROOT, ...parts.slice(0, 3)), { throwIfNoEntry: false })?.isDirectory() ?? false;
  if (parts.length === 3 && !isFolder) return { kind: 'core', layer: null, file: parts[2] };
  return { kind: 'core', layer: parts[2], file: parts.slice(3).join('/') || 'index' };
}

/** Why `from` may not import `spec` (resolved to `to`), or null when it may. */
function violation(from, to, spec) {
  const pkg = to.kind === 'package' ? spec : null;
  const builtin = pkg !== null && (pkg.startsWith('node:') || NODE_BUILTINS.has(pkg));
  const shells = ['main', 'preload', 'cli', 'server', 'renderer'];
  if (from.kind === 'core') {
    if (['electron', 'react', 'react-dom'].includes(pkg)) return 'The core is pure: no Electron, React or DOM.';
    if (shells.includes(to.kind)) return 'The core must not depend on a shell.';
    if (to.kind !== 'core' || from.layer === null || to.layer === from.layer) return null;
    if (to.layer === null) return `core/${from.layer} must not import the core's top (${to.file}): nothing runs back up.`;
    const allowed = CORE_LAYERS_ALLOWED[from.layer] ?? [];
    if (allowed.includes(to.layer) || allowed.includes(`${to.layer}/${to.file}`)) return null;
    return `core/${from.layer} may import ${allowed.length ? allowed.join(', ') : 'no other core layer'}, not core/${to.layer}.`;
  }
  if (from.kind === 'shared') {
    if (builtin || ['electron', 'react', 'react-dom'].includes(pkg)) return 'electron/shared holds types and the contract: no Node built-ins, Electron or React.';
    if (to.kind === 'core' || shells.includes(to.kind)) return 'electron/shared must not depend on the core or a shell.';
    return null;
  }
  if (from.kind === 'preload') {
    if (pkg === 'electron' || to.kind === 'shared' || to.kind === 'preload') return null;
    return 'The preload may import only electron and electron/shared.';
  }
  if (from.kind === 'renderer') {
    if (builtin || pkg === 'electron') return 'The renderer talks to the core only through src/api/client.ts.';
    if (to.kind === 'core' || (shells.includes(to.kind) && to.kind !== 'renderer')) return 'The renderer talks to the core only through src/api/client.ts.';
    return null;
  }
  if (['main', 'cli', 'server'].includes(from.kind)) {
    if (to.kind === 'core' && !(to.layer === null && to.file === 'api')) return 'Shells call the core only through electron/core/api.ts.';
    if (['renderer', 'preload'].includes(to.kind) || (to.kind !== from.kind && ['main', 'cli', 'server'].includes(to.kind) && !(from.kind === 'cli' && to.kind === 'server'))) {
      return `electron/${from.kind} must not import electron/${to.kind}.`;
    }
  }
  return null;
}

const boundaries = {
  meta: { type: 'problem', docs: { description: 'Layer and shell boundaries of docs/architecture.md' }, schema: [] },
  create(context) {
    const file = path.relative(ROOT, context.filename).split(path.sep).join('/');
    const from = elementOf(file.replace(/\.[^/.]+$/, ''));
    if (from.kind === 'other') return {};
    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') {
        if (source?.type === 'TemplateLiteral' && source.expressions.length === 0) return check(node, { type: 'Literal', value: source.quasis[0].value.cooked });
        context.report({ node, message: 'Name the module of import()/require() literally, so that its boundary can be checked.' });
        return;
      }
      const spec = source.value;
      const to = spec.startsWith('.')
        ? elementOf(path.relative(ROOT, path.resolve(path.dirname(context.filename), spec)).split(path.sep).join('/').replace(/\.(ts|tsx|js|mjs|cjs)$/, ''))
        : { kind: 'package' };
      const message = violation(from, to, spec.startsWith('node:') ? spec : spec.split('/')[0]);
      if (message) context.report({ node, message: `${message} (${spec})` });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportEqualsDeclaration: (node) => node.moduleReference.type === 'TSExternalModuleReference' && check(node, node.moduleReference.expression),
      TSImportType: (node) => check(node, node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.source ?? node.argument),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'zhitu-workspace/**', 'test-results/**', '.tmp/**', 'bench-results/**', 'tests/fixtures/**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.ts', 'bin/**/*.mjs', '*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Rules 1-3 and 6: one pure core in ordered layers, thin shells through core/api.ts, shared
    // without Node, a preload of electron + shared, a renderer that reaches Node only via its client.
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { zhitu: { rules: { boundaries } } },
    rules: { 'zhitu/boundaries': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
