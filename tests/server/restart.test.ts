import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BookStore } from '../../pipeline/book-store';
import type { Manifest } from '../../pipeline/model';
import { temporaryFolder } from '../support/temporary-folder';
import { waitFor } from './support/app-harness';

const FIXTURE = path.join(__dirname, 'fixtures/server-child.ts');
const STORY = Array.from({ length: 10 }, (_, index) => `Page ${index + 1} is here. The fox walks on.`).join('\n\n');

interface Child {
  process: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}

async function startChild(dataDir: string, callsLog: string): Promise<Child> {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', FIXTURE], { cwd: path.resolve(__dirname, '../..'), env: { ...process.env, DATA_DIR: dataDir, CALLS_LOG: callsLog }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) resolve(JSON.parse(line).url);
    });
    exited.then(() => reject(new Error(`the server exited early: ${stderr}`)));
  });
  return { process: child, url, exited, stderr: () => stderr };
}

async function calls(callsLog: string): Promise<string[]> {
  return (await fs.readFile(callsLog, 'utf8').catch(() => '')).split('\n').filter(Boolean);
}

/** Which steps a manifest records: "plan", "illustrate 3", "narrate 5". */
function recordedSteps(manifest: Manifest): Set<string> {
  const steps = new Set<string>(manifest.steps.plan ? ['plan'] : []);
  manifest.steps.scenes.forEach((scene, index) => {
    if (scene.picture) steps.add(`illustrate ${index}`);
    if (scene.narration) steps.add(`narrate ${index}`);
  });
  return steps;
}

/** Provider calls as steps, narrations matched to their scene by text. */
function callSteps(lines: string[], manifest: Manifest): string[] {
  return lines.map((line) => {
    if (!line.startsWith('narrate ')) return line;
    const text = JSON.parse(line.slice('narrate '.length));
    return `narrate ${manifest.scenes.findIndex((scene) => scene.text === text)}`;
  });
}

describe('a server restarted mid-book', () => {
  let children: Child[] = [];
  afterEach(() => {
    for (const child of children) if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
    children = [];
  });

  it('finishes a book after SIGKILL without redoing any recorded step', async () => {
    const temporary = await temporaryFolder('storyloom-restart-');
    const callsLog = path.join(temporary.dir, 'calls.log');
    const store = new BookStore(temporary.dir);
    const first = await startChild(temporary.dir, callsLog);
    children.push(first);
    const created = await fetch(`${first.url}/api/books`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: STORY }) });
    const { id } = (await created.json()) as { id: string };
    await waitFor(async () => (await store.read(id)).steps.scenes.filter((scene) => scene.picture).length >= 3, 'three pictures');
    first.process.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const atKill = await store.read(id);
    const recorded = recordedSteps(atKill);
    expect(atKill.status).toBe('running');
    expect(recorded.size).toBeLessThan(1 + 2 * 10);
    const callsBefore = (await calls(callsLog)).length;

    const second = await startChild(temporary.dir, callsLog);
    children.push(second);
    const finished = await waitFor(async () => {
      const manifest = await store.read(id);
      return manifest.status === 'ready' && manifest;
    }, 'the book to finish after the restart');
    expect(finished.steps.scenes.every((scene) => scene.picture && scene.narration)).toBe(true);
    const redone = callSteps((await calls(callsLog)).slice(callsBefore), finished).filter((step) => recorded.has(step));
    expect(redone).toEqual([]);
    // Only what was missing was made: each missing step once (a step in flight at the kill included).
    const missing = 1 + 2 * 10 - recorded.size;
    expect((await calls(callsLog)).length - callsBefore).toBe(missing);
    second.process.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
    await temporary.remove();
  });

  it('parks running books on SIGTERM and resumes them on the next start', async () => {
    const temporary = await temporaryFolder('storyloom-restart-');
    const callsLog = path.join(temporary.dir, 'calls.log');
    const store = new BookStore(temporary.dir);
    const first = await startChild(temporary.dir, callsLog);
    children.push(first);
    const created = await fetch(`${first.url}/api/books`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: STORY }) });
    const { id } = (await created.json()) as { id: string };
    await waitFor(async () => (await store.read(id)).steps.scenes.some((scene) => scene.picture), 'a picture');
    first.process.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.stderr()).toContain('SIGTERM: finishing the current steps and stopping');
    const parked = await store.read(id);
    expect(parked.status).toBe('queued');

    const second = await startChild(temporary.dir, callsLog);
    children.push(second);
    await waitFor(async () => (await store.read(id)).status === 'ready', 'the book to finish');
    expect(second.stderr()).toContain('resuming 1 unfinished book');
    second.process.kill('SIGTERM');
    await second.exited;
    await temporary.remove();
  });
});
