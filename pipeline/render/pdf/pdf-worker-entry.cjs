// Entry point of the PDF worker thread: loads tsx so the worker can be TypeScript, then listens.
'use strict';
require('tsx/cjs');
require('./pdf-worker.ts').listen();
