/**
 * Measurements on narrated audio for the narrator tests: loudness over a window and a rough
 * voice pitch, so tests can check that speech sits where the timings say and that a female
 * voice really is higher than a male one.
 */
export function rootMeanSquare(samples: Int16Array, from = 0, to = samples.length): number {
  let sum = 0;
  for (let index = from; index < to; index++) sum += samples[index] * samples[index];
  return to > from ? Math.sqrt(sum / (to - from)) : 0;
}

export function peak(samples: Int16Array, from = 0, to = samples.length): number {
  let loudest = 0;
  for (let index = Math.max(0, from); index < Math.min(samples.length, to); index++) loudest = Math.max(loudest, Math.abs(samples[index]));
  return loudest;
}

export function sampleAt(milliseconds: number, sampleRate: number): number {
  return Math.round((milliseconds * sampleRate) / 1000);
}

/** Median pitch of the voiced 40 ms frames, by autocorrelation over 60–400 Hz. */
export function medianPitchHz(samples: Int16Array, sampleRate: number): number {
  const frame = Math.round(sampleRate * 0.04);
  const shortestLag = Math.floor(sampleRate / 400);
  const longestLag = Math.ceil(sampleRate / 60);
  const pitches: number[] = [];
  for (let start = 0; start + frame + longestLag <= samples.length; start += frame) {
    if (rootMeanSquare(samples, start, start + frame) < 1000) continue;
    const correlations: number[] = [];
    for (let lag = shortestLag; lag <= longestLag; lag++) {
      let product = 0;
      let energyNow = 0;
      let energyLater = 0;
      for (let index = start; index < start + frame; index++) {
        product += samples[index] * samples[index + lag];
        energyNow += samples[index] * samples[index];
        energyLater += samples[index + lag] * samples[index + lag];
      }
      correlations.push(product / Math.sqrt(energyNow * energyLater || 1));
    }
    const best = Math.max(...correlations);
    if (best < 0.6) continue;
    // The shortest lag nearly as good as the best avoids reading an octave too low.
    const lag = shortestLag + correlations.findIndex((correlation) => correlation >= 0.9 * best);
    pitches.push(sampleRate / lag);
  }
  pitches.sort((a, b) => a - b);
  return pitches.length > 0 ? pitches[Math.floor(pitches.length / 2)] : 0;
}
