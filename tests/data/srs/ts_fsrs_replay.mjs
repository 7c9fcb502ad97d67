// Reference side of the FSRS-6 conformance test: replays `card,day,rating` lines (stdin) through
// ts-fsrs's FSRSAlgorithm, the functions ../../../../shared/SRS_CONTRACT.md names as the
// reference, and prints `card,day,rating,stability,difficulty,interval` per review, the same
// format as `tarikh srs replay`.
//
// usage: node ts_fsrs_replay.mjs NODE_MODULES_DIR [RETENTION] [--full]
//   NODE_MODULES_DIR  the folder holding ts-fsrs (npm install --prefix P  ->  P/node_modules)
//   --full            print stability and difficulty with every digit (String(x)) instead of 6
//                     decimals
//   --time            print only timings of the review loop (for bench/srs_bench.cpp)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const positional = args.filter((a) => !a.startsWith('--'));
if (positional.length < 1) {
  console.error('usage: node ts_fsrs_replay.mjs NODE_MODULES_DIR [RETENTION] [--full] [--time]');
  process.exit(2);
}
const full = args.includes('--full');
const timeOnly = args.includes('--time');
const retention = positional.length > 1 ? Number(positional[1]) : 0.9;
const entry = join(positional[0], 'ts-fsrs', 'dist', 'index.mjs');
const tsfsrs = await import(pathToFileURL(entry).href);
if (tsfsrs.FSRSVersion === undefined || !tsfsrs.FSRSVersion.startsWith('v5.4.2')) {
  console.error(`expected ts-fsrs 5.4.2, found ${tsfsrs.FSRSVersion}`);
  process.exit(1);
}
const algorithm = new tsfsrs.FSRSAlgorithm(
  tsfsrs.generatorParameters({
    enable_fuzz: false,
    enable_short_term: true,
    maximum_interval: 36500,
    request_retention: retention,
  }),
);

const lines = readFileSync(0, 'utf8').split('\n');
const reviews = [];
for (let i = 0; i < lines.length; ++i) {
  const line = lines[i].replace(/\r$/, '');
  if (line.trim() === '' || (i === 0 && line === 'card,day,rating')) continue;
  const parts = line.split(',');
  if (parts.length !== 3) {
    console.error(`line ${i + 1}: expected card,day,rating`);
    process.exit(2);
  }
  reviews.push(parts.map((p) => Number.parseInt(p, 10)));
}

if (timeOnly) {
  // Steady-state throughput, as Google Benchmark measures the C++ side: five passes over the
  // history (each with fresh per-card states, computing state and interval and a checksum);
  // prints `reviews best_wall_ms cpu_ms_of_that_pass checksum`.
  let best = Infinity;
  let bestCpu = 0;
  let checksum = 0;
  for (let pass = 0; pass < 5; ++pass) {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const cards = new Map();
    for (let i = 0; i < reviews.length; ++i) {
      const [card, day, rating] = reviews[i];
      const previous = cards.get(card);
      const t = previous === undefined ? 0 : day - previous.day;
      const state = algorithm.next_state(previous === undefined ? null : previous.state, t, rating);
      checksum += algorithm.next_interval(state.stability, t);
      cards.set(card, { state, day });
    }
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    if (wall < best) {
      best = wall;
      bestCpu = (cpu.user + cpu.system) / 1e3;
    }
  }
  console.log(`${reviews.length} ${best} ${bestCpu} ${checksum}`);
  process.exit(0);
}

const cards = new Map();
const out = new Array(reviews.length);
for (let i = 0; i < reviews.length; ++i) {
  const [card, day, rating] = reviews[i];
  const previous = cards.get(card);
  const t = previous === undefined ? 0 : day - previous.day;
  const state = algorithm.next_state(previous === undefined ? null : previous.state, t, rating);
  const interval = algorithm.next_interval(state.stability, t);
  cards.set(card, { state, day });
  out[i] = [card, day, rating, state.stability, state.difficulty, interval];
}
const fmt = (x) => (full ? String(x) : x.toFixed(6));
process.stdout.write(
  out.map(([c, d, r, s, diff, ivl]) => `${c},${d},${r},${fmt(s)},${fmt(diff)},${ivl}\n`).join(''),
);
