#!/usr/bin/env node
// The `zhitu` command: runs the TypeScript CLI through tsx, so `npx zhitu` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
