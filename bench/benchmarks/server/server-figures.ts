import { formatCount, formatMilliseconds, formatSeconds } from '../../report/format-figures';
import type { TableRow } from '../../report/format-table';

export interface ServerFigures {
  books: number;
  clients: number;
  formats: string[];
  wallSeconds: number;
  /** Events the hub published, all books together. */
  eventsPublished: number;
  /** Events the clients should have received: each client, from its subscription to its book's end. */
  eventsExpected: number;
  eventsReceived: number;
  lost: number;
  outOfOrder: number;
  duplicates: number;
  /** Delays measured: events published after the client asked to subscribe. */
  delaysMeasured: number;
  medianDelayMs: number;
  p95DelayMs: number;
  maxDelayMs: number;
}

export function serverRows(figures: ServerFigures): TableRow[] {
  return [
    { label: 'wall time, all books ready', value: formatSeconds(figures.wallSeconds) },
    { label: 'events published (all books)', value: formatCount(figures.eventsPublished) },
    { label: 'events expected by the clients', value: formatCount(figures.eventsExpected) },
    { label: 'events received', value: formatCount(figures.eventsReceived) },
    { label: 'lost + out of order + duplicated', value: `${figures.lost} + ${figures.outOfOrder} + ${figures.duplicates}`, targetId: 'server.no-event-lost' },
    { label: `emit → receipt delay, median (${formatCount(figures.delaysMeasured)} live events)`, value: formatMilliseconds(figures.medianDelayMs) },
    { label: 'emit → receipt delay, p95', value: formatMilliseconds(figures.p95DelayMs), targetId: 'server.p95-delay' },
    { label: 'emit → receipt delay, max', value: formatMilliseconds(figures.maxDelayMs) },
  ];
}
