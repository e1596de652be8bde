// The official Bitrix24 JS SDK, unmodified, against a running sandbox portal.
// Usage: node peer.mjs WEBHOOK_URL   (or B24_WEBHOOK in the environment)
// The portal must grant crm and user but not task (the missing-scope case).
// Node must trust the sandbox certificate through NODE_EXTRA_CA_CERTS.
// Exit 0 when every outcome matches, 1 on the first mismatch, 2 on usage errors.
import { B24Hook } from '@bitrix24/b24jssdk';

const url = process.argv[2] || process.env.B24_WEBHOOK;
if (!url) {
  console.error('usage: node peer.mjs WEBHOOK_URL (or set B24_WEBHOOK)');
  process.exit(2);
}

let failures = 0;
function check(name, ok, detail) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `: ${detail}`}`);
  if (!ok) failures += 1;
}

// Runs fn; a thrown AjaxError is returned as {error} so tests can assert on it.
async function attempt(fn) {
  try {
    return { value: await fn() };
  } catch (error) {
    return { error };
  }
}

function describe(outcome) {
  if (outcome.error)
    return `threw ${outcome.error.code} (${outcome.error.status}): ${outcome.error.message}`;
  return `returned ${JSON.stringify(outcome.value).slice(0, 200)}`;
}

async function expectError(name, fn, code, status) {
  const outcome = await attempt(fn);
  const e = outcome.error;
  check(name, e && e.code === code && e.status === status,
    `expected ${code} (${status}), ${describe(outcome)}`);
  // The SDK must not carry the secret in what it shows.
  if (e)
    check(`${name}: message has no secret`, !String(e.message).includes(secretOf(url)),
      'secret in the error message');
}

function secretOf(webhook) {
  return new URL(webhook).pathname.split('/').filter(Boolean)[2];
}

const b24 = B24Hook.fromWebhookUrl(url);
const v2 = b24.actions.v2;

// 1. one call
{
  const outcome = await attempt(() => v2.call.make({ method: 'crm.deal.get', params: { id: 1 } }));
  const data = outcome.value?.isSuccess ? outcome.value.getData() : undefined;
  check('call crm.deal.get', data && String(data.result.ID) === '1' && typeof data.time === 'object',
    describe(outcome));
}

// 2. a list: the page count (total) first, then callList collects every row
{
  const first = await attempt(() =>
    v2.call.make({ method: 'crm.deal.list', params: { select: ['ID'], start: 0 } }));
  const total = first.value?.isSuccess ? first.value.getTotal() : -1;
  check('crm.deal.list reports a total', total > 50, describe(first));
  const list = await attempt(() =>
    v2.callList.make({ method: 'crm.deal.list', params: { select: ['ID', 'TITLE'] }, idKey: 'ID' }));
  const rows = list.value?.isSuccess ? list.value.getData() : [];
  const ids = rows.map((r) => Number(r.ID));
  const ascending = ids.every((id, i) => i === 0 || id > ids[i - 1]);
  check('callList crm.deal.list returns every row once, by ID', rows.length === total && ascending,
    `got ${rows.length} rows of ${total}, ascending=${ascending}; ${list.error ? describe(list) : ''}`);
}

// 3. an array batch: results in command order
{
  const outcome = await attempt(() => v2.batch.make({
    calls: [['crm.deal.get', { id: 2 }], ['user.current', {}], ['crm.deal.list', { select: ['ID'], start: -1 }]],
    options: { isHaltOnError: true },
  }));
  const data = outcome.value?.isSuccess ? outcome.value.getData() : undefined;
  check('array batch', Array.isArray(data) && data.length === 3 && String(data[0].ID) === '2' &&
    data[1].ID !== undefined && Array.isArray(data[2]) && data[2].length === 50, describe(outcome));
}

// 4. a named batch with a $result reference between commands
{
  const outcome = await attempt(() => v2.batch.make({
    calls: {
      first: { method: 'crm.deal.list', params: { select: ['ID'], order: { ID: 'ASC' }, start: -1 } },
      next: ['crm.deal.get', { id: '$result[first][1][ID]' }],
    },
    options: { isHaltOnError: true },
  }));
  const data = outcome.value?.isSuccess ? outcome.value.getData() : undefined;
  check('named batch with a $result reference',
    data && Array.isArray(data.first) && String(data.next?.ID) === String(data.first[1].ID),
    describe(outcome));
}

// 5. the documented errors: a bad secret, a missing scope, an unknown method
{
  const wrong = new URL(url);
  wrong.pathname = wrong.pathname.replace(secretOf(url), 'wrongsecret0000');
  const bad = B24Hook.fromWebhookUrl(wrong.toString());
  await expectError('bad secret', () => bad.actions.v2.call.make({ method: 'crm.deal.get', params: { id: 1 } }),
    'INVALID_CREDENTIALS', 401);
  await expectError('missing scope', () => v2.call.make({ method: 'tasks.task.list', params: {} }),
    'insufficient_scope', 401);
  await expectError('unknown method', () => v2.call.make({ method: 'crm.deal.nosuchmethod', params: {} }),
    'ERROR_METHOD_NOT_FOUND', 404);
}

console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
process.exit(failures ? 1 : 0);
