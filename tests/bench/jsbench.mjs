// The JS SDK side of tests/bench/run.sh, using the SDK's own best method for each job.
// Usage: node jsbench.mjs MODE WEBHOOK_URL [--jobs K] [--count N] [--output FILE] [--time-box S]
//   list   actions.v2.callList (collect every row of crm.deal.list)
//   csv    actions.v2.fetchList, each page written to a CSV file as it arrives
//   stream actions.v2.fetchList, rows counted (callList's requests, but a time box sees the rows)
//   batch  actions.v2.batchByChunk of N crm.deal.get commands
//   list-v3 actions.v3.callList (collect every row of REST 3.0 tasks.task.list: id and title)
// --jobs K runs K independent clients at once (K apps on one portal, each with its own limiter).
// --plan unlimited turns the SDK's client-side rate limit off (as ours for an unlimited portal);
// --operating-limit S tells it the portal's per-method budget (default: its built-in 480 s).
// Prints one JSON line: {"rows":N,"jobs":K,"failed":F,"errors":[codes],"cancelled":bool,"ms":T}.
import { B24Hook, ParamsFactory } from '@bitrix24/b24jssdk';
import { createWriteStream } from 'node:fs';

const [mode, url, ...rest] = process.argv.slice(2);
const opt = { jobs: 1, count: 1000, output: '/dev/null', 'time-box': 0, plan: 'standard', 'operating-limit': 0 };
for (let i = 0; i < rest.length; i += 2) opt[rest[i].replace(/^--/, '')] = rest[i + 1];
if (!['list', 'csv', 'stream', 'batch', 'list-v3'].includes(mode) || !url) {
  console.error('usage: node jsbench.mjs list|csv|stream|batch|list-v3 WEBHOOK_URL [--jobs K] [--count N] [--output FILE]');
  process.exit(2);
}

function csvCell(value) {
  const text = value === null || value === undefined ? '' :
    typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function runList(b24) {
  const result = await b24.actions.v2.callList.make({ method: 'crm.deal.list', params: {}, idKey: 'ID' });
  if (!result.isSuccess) throw new Error(result.getErrorMessages().join('; '));
  return result.getData().length;
}

async function runCsv(b24, output) {
  const out = createWriteStream(output);
  let columns = null;
  let rows = 0;
  for await (const page of b24.actions.v2.fetchList.make({ method: 'crm.deal.list', params: {}, idKey: 'ID' })) {
    if (!columns && page.length) {
      columns = Object.keys(page[0]);
      out.write(columns.map(csvCell).join(',') + '\n');
    }
    const text = page.map((row) => columns.map((c) => csvCell(row[c])).join(',')).join('\n');
    if (!out.write(text + '\n')) await new Promise((resolve) => out.once('drain', resolve));
    rows += page.length;
  }
  await new Promise((resolve) => out.end(resolve));
  return rows;
}

async function runStream(b24, onRows) {
  for await (const page of b24.actions.v2.fetchList.make({ method: 'crm.deal.list', params: {}, idKey: 'ID' }))
    onRows(page.length);
}

async function runListV3(b24) {
  const result = await b24.actions.v3.callList.make({
    method: 'tasks.task.list', params: { select: ['id', 'title'] }, idKey: 'id', customKeyForResult: 'items',
  });
  if (!result.isSuccess) throw new Error(result.getErrorMessages().join('; '));
  return result.getData().length;
}

async function runBatch(b24, count) {
  const calls = [];
  for (let id = 1; id <= count; ++id) calls.push(['crm.deal.get', { id }]);
  const result = await b24.actions.v2.batchByChunk.make({ calls, options: { isHaltOnError: false } });
  if (!result.isSuccess) throw new Error(result.getErrorMessages().join('; '));
  return result.getData().length;
}

const started = Date.now();
const summary = { rows: 0, jobs: Number(opt.jobs), failed: 0, errors: [], cancelled: false, ms: 0 };
function finish() {
  summary.ms = Date.now() - started;
  console.log(JSON.stringify(summary));
}
if (Number(opt['time-box']) > 0) {
  setTimeout(() => {
    summary.cancelled = true;
    finish();
    process.exit(0);
  }, Number(opt['time-box']) * 1000).unref();
}

// Complete parameter sets: a partial one would lose the SDK's other defaults.
const restrictionParams = ParamsFactory.getDefault();
if (opt.plan === 'unlimited')
  restrictionParams.rateLimit = { burstLimit: 1e9, drainRate: 1e9, adaptiveEnabled: false };
if (Number(opt['operating-limit']) > 0)
  restrictionParams.operatingLimit = { ...restrictionParams.operatingLimit, limitMs: Number(opt['operating-limit']) * 1000 };

const jobs = [];
for (let j = 0; j < summary.jobs; ++j) {
  const b24 = B24Hook.fromWebhookUrl(url, { restrictionParams });
  const output = summary.jobs > 1 ? `${opt.output}.${j}` : opt.output;
  const run = mode === 'list' ? runList(b24) : mode === 'list-v3' ? runListV3(b24) :
    mode === 'csv' ? runCsv(b24, output) :
    mode === 'stream' ? runStream(b24, (n) => { summary.rows += n; }).then(() => 0) :
    runBatch(b24, Number(opt.count));
  jobs.push(run.then((rows) => { summary.rows += rows; }, (error) => {
    summary.failed += 1;
    summary.errors.push(error.code || error.message);
  }));
}
await Promise.all(jobs);
finish();
process.exit(summary.failed ? 1 : 0);
