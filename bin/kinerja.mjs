#!/usr/bin/env node
// The `kinerja` command: runs the TypeScript CLI through tsx (no build step for the local mode).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../functions/local/cli.ts');
runCli(process.argv.slice(2));
