#!/usr/bin/env node
// The `storyloom` command. It runs the TypeScript sources through tsx, so a checkout needs no
// build step between `npm ci` and `npx storyloom`.
'use strict';
require('tsx/cjs');
const { main } = require('./main.ts');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
