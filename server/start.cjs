#!/usr/bin/env node
// `npm start`. Runs the TypeScript sources through tsx (no build step after `npm ci`), bundles
// the browser app with esbuild when it is missing or older than its sources, then serves.
'use strict';
// Signals are handled from the first moment, so that Ctrl-C or SIGTERM while tsx loads, the app
// is built or the providers load stops cleanly (exit 0) instead of killing the process half-way.
// Until stopOnSignals takes over, a signal is only remembered, then handed on.
const early = [];
const remember = (signal) => early.push(signal);
process.on('SIGINT', remember).on('SIGTERM', remember);
// Building the app and loading the providers take a few seconds: say something at once.
console.log('Storyloom is starting…');
require('tsx/cjs');
const signals = require('./stop-on-signals.ts').stopOnSignals();
process.off('SIGINT', remember).off('SIGTERM', remember);
for (const signal of early) process.emit(signal, signal);
const { ensureWebApp } = require('./web-build/build-web-app.ts');
const { main } = require('./main.ts');
const { loadServerProviders } = require('./server-providers.ts');

ensureWebApp()
  .then((webRoot) => main({ loadProviders: loadServerProviders, webRoot, signals }))
  .then((code) => {
    if (code !== 0) process.exitCode = code;
  })
  .catch((error) => {
    console.error(`storyloom: could not start: ${error && error.message ? error.message : String(error)}`);
    process.exitCode = 1;
  });
