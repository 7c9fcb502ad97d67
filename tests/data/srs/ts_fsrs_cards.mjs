// Reference side of the card-scheduler conformance test: `card,time,rating` lines (time in Unix
// seconds) through ts-fsrs's full scheduler (class FSRS, short-term on: learning steps,
// relearning steps, fuzz seeded from the card id and review count), one line per review:
// card,time,rating,state,step,stability,difficulty,due,scheduled_days,reps,lapses
//
// usage: node ts_fsrs_cards.mjs NODE_MODULES_DIR RETENTION FUZZ(0|1) LEARNING RELEARNING [--time]
//   LEARNING, RELEARNING: steps in minutes separated by commas, or "-" for none
//   --time: print only timings of the review loop (for bench/srs_bench.cpp)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, retentionText, fuzzText, learningText, relearningText] = process.argv.slice(2);
if (relearningText === undefined) {
  console.error('usage: node ts_fsrs_cards.mjs NODE_MODULES_DIR RETENTION FUZZ LEARNING RELEARNING');
  process.exit(2);
}
const t = await import(pathToFileURL(join(modules, 'ts-fsrs', 'dist', 'index.mjs')).href);
if (!String(t.FSRSVersion).startsWith('v5.4.2')) {
  console.error(`expected ts-fsrs 5.4.2, found ${t.FSRSVersion}`);
  process.exit(1);
}
const steps = (text) => (text === '-' ? [] : text.split(',').map((m) => `${m}m`));
const f = t.fsrs({
  request_retention: Number(retentionText),
  maximum_interval: 36500,
  enable_fuzz: fuzzText === '1',
  enable_short_term: true,
  learning_steps: steps(learningText),
  relearning_steps: steps(relearningText),
});
f.useStrategy(t.StrategyMode.SEED, t.GenSeedStrategyWithCardId('card_id'));

const lines = readFileSync(0, 'utf8').split('\n');

if (process.argv.includes('--time')) {
  // Steady-state throughput of the card-level API (f.next, as an app calls it per answer): five
  // passes over the reviews, fresh cards each pass; prints `reviews best_wall_ms cpu_ms checksum`.
  const reviews = [];
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() !== '') reviews.push(line.split(',').map((x) => Number.parseInt(x, 10)));
  }
  let best = Infinity;
  let bestCpu = 0;
  let checksum = 0;
  for (let pass = 0; pass < 5; ++pass) {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const timed = new Map();
    for (const [id, time, rating] of reviews) {
      const now = new Date(time * 1000);
      let card = timed.get(id);
      if (card === undefined) card = { ...t.createEmptyCard(now), card_id: id };
      const next = f.next(card, now, rating).card;
      checksum += next.scheduled_days;
      timed.set(id, next);
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
const out = [];
for (const raw of lines) {
  const line = raw.replace(/\r$/, '');
  if (line.trim() === '') continue;
  const [id, time, rating] = line.split(',').map((x) => Number.parseInt(x, 10));
  const now = new Date(time * 1000);
  let card = cards.get(id);
  if (card === undefined) card = { ...t.createEmptyCard(now), card_id: id };
  const next = f.next(card, now, rating).card;
  cards.set(id, next);
  out.push(
    [id, time, rating, next.state, next.learning_steps, next.stability, next.difficulty,
      Math.round(next.due.getTime() / 1000), next.scheduled_days, next.reps, next.lapses].join(','),
  );
}
process.stdout.write(out.map((l) => `${l}\n`).join(''));
