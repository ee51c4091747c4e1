#!/usr/bin/env node
// `npm start`. Runs the TypeScript sources through tsx (no build step after `npm ci`), bundles
// the browser app with esbuild when it is missing or older than its sources, then serves.
'use strict';
require('tsx/cjs');
const { ensureWebApp } = require('./web-build/build-web-app.ts');
const { main } = require('./main.ts');
const { loadServerProviders } = require('./server-providers.ts');

ensureWebApp()
  .then((webRoot) => main({ loadProviders: loadServerProviders, webRoot }))
  .then((code) => {
    if (code !== 0) process.exitCode = code;
  })
  .catch((error) => {
    console.error(`storyloom: could not start: ${error && error.message ? error.message : String(error)}`);
    process.exitCode = 1;
  });
