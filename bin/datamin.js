#!/usr/bin/env node
// Thin shim: run the compiled CLI and turn its result into the exit code.
import { main } from '../dist/cli/main.js';

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error('datamin: unexpected error:', error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
