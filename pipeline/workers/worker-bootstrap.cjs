// Entry point of every worker thread. Loads tsx so the worker module can be TypeScript, then
// answers { id, request } messages by calling the module's exported `handle(request)`.
'use strict';
require('tsx/cjs');
const { parentPort, workerData } = require('node:worker_threads');

const handlerModule = require(workerData.modulePath);

parentPort.on('message', async ({ id, request }) => {
  try {
    const { result, transfer } = await handlerModule.handle(request);
    parentPort.postMessage({ id, ok: true, result }, transfer ?? []);
  } catch (error) {
    parentPort.postMessage({
      id,
      ok: false,
      error: { name: error?.name ?? 'Error', message: error?.message ?? String(error), code: error?.code },
    });
  }
});
