/**
 * Collects a picture's <defs> (gradients, filters, symbols) with ids that are unique within it and
 * the same on every run, so the same scene always gives the same bytes.
 */
export type GradientStop = [offset: number, colour: string, opacity?: number];

export class SvgDefs {
  private readonly entries: string[] = [];
  private readonly byKey = new Map<string, string>();
  private counter = 0;

  newId(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  /** Adds markup once per key; returns the id it was given. */
  once(key: string, prefix: string, make: (id: string) => string): string {
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const id = this.newId(prefix);
    this.byKey.set(key, id);
    this.entries.push(make(id));
    return id;
  }

  /** A vertical gradient unless a direction is given; returns a fill value. */
  linear(stops: GradientStop[], direction: [number, number, number, number] = [0, 0, 0, 1]): string {
    const key = `linear|${direction.join(',')}|${JSON.stringify(stops)}`;
    const id = this.once(key, 'g', (newId) => {
      const [x1, y1, x2, y2] = direction;
      return `<linearGradient id="${newId}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopsMarkup(stops)}</linearGradient>`;
    });
    return `url(#${id})`;
  }

  radial(stops: GradientStop[], centre: [number, number] = [0.5, 0.5], radius = 0.5): string {
    const key = `radial|${centre.join(',')}|${radius}|${JSON.stringify(stops)}`;
    const id = this.once(key, 'r', (newId) => `<radialGradient id="${newId}" cx="${centre[0]}" cy="${centre[1]}" r="${radius}">${stopsMarkup(stops)}</radialGradient>`);
    return `url(#${id})`;
  }

  markup(): string {
    return `<defs>${this.entries.join('')}</defs>`;
  }
}

function stopsMarkup(stops: GradientStop[]): string {
  return stops.map(([offset, colour, opacity]) => `<stop offset="${offset}" stop-color="${colour}"${opacity === undefined ? '' : ` stop-opacity="${opacity}"`}/>`).join('');
}

/** Numbers in markup: two decimals are plenty at picture sizes and keep the SVG small. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
