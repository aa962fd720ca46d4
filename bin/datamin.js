#!/usr/bin/env node
// Thin shim: run the compiled CLI and turn its result into the exit code.
// The bundle of dist/cli/main.js (scripts/bundle.mjs): one module to load instead of some 300.
import { setFlagsFromString } from 'node:v8';

// The scan's nursery setting (src/scan/gc-flags.ts says why), set before the bundle loads: its
// loading alone grew the main thread's young generation to full size.
setFlagsFromString('--semi-space-growth-factor=1');
const { main } = await import('../dist/bundle/main.js');

// A reader that stops early (`datamin scan | head`) closes the pipe: the rest of the output is
// dropped quietly, as Unix tools do, and the exit code still says whether there were findings
// (an unhandled EPIPE would end the process with a stack trace).
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
  console.error(`datamin: cannot write the output: ${error.message}`);
  process.exitCode = 2;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error('datamin: unexpected error:', error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
