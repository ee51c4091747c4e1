import type { PlannerFigures } from '../benchmarks/planner/planner-figures';
import { reportJson, reportSections, reportSummary, type BenchReport } from './bench-report';
import { checkTargets } from './targets';

const planner: PlannerFigures = { words: 50_037, scenes: 357, characters: 8, warmUpRuns: 3, runs: 7, medianMs: 457, fastestMs: 293, wordsPerSecond: 109_485 };

function report(): BenchReport {
  const results = { planner };
  return { quick: false, ran: ['planner', 'server'], results, checks: checkTargets(results, ['planner', 'server']), failures: { server: 'timed out after 600 s' } };
}

describe('bench report', () => {
  it('marks checked rows and says which benchmark failed', () => {
    const [plannerSection, serverSection] = reportSections(report());
    expect(plannerSection.title).toBe('5. Planner throughput: 50,037 words');
    expect(plannerSection.rows.find((row) => row.label === 'throughput')).toMatchObject({ value: '109,485 words/s', target: '> 200,000 words/s', verdict: 'fail' });
    expect(serverSection).toEqual({ title: '6. server', rows: [{ label: 'failed', value: 'timed out after 600 s' }] });
  });

  it('sums the checks up, counting what could not be measured', () => {
    expect(reportSummary(report())).toBe('0 of 3 targets met; missed: planner.throughput; 2 not measured');
  });

  it('puts the same figures and verdicts in the JSON line', () => {
    const json = reportJson(report(), { cpus: 2 });
    expect(json.results).toEqual({ planner });
    expect(json.checks).toMatchObject({ 'planner.throughput': { value: 109_485, target: '> 200,000 words/s', pass: false }, 'server.p95-delay': { value: null, pass: null } });
    expect(json.allTargetsMet).toBe(false);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
