// The official Bitrix24 JS SDK's REST 3.0 actions (b24.actions.v3), unmodified, against a running
// sandbox portal, beside our b24-cli making the same calls.
// Usage: node peer-v3.mjs WEBHOOK_URL B24_CLI CA_FILE
// The portal must grant task and hold more than 50 tasks (tasks.task.list pages hold 50 at most).
// What the portal holds is read through the classic protocol (tasks.task.list by the SDK's v2
// actions), so neither REST 3.0 client is compared with itself.
// Exit 0 when every outcome matches, 1 on a mismatch, 2 on usage errors.
import { B24Hook } from '@bitrix24/b24jssdk';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';

const [url, cli, caFile] = process.argv.slice(2);
if (!url || !cli || !caFile) {
  console.error('usage: node peer-v3.mjs WEBHOOK_URL B24_CLI CA_FILE');
  process.exit(2);
}

let failures = 0;
function check(name, ok, detail) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `: ${detail}`}`);
  if (!ok) failures += 1;
}

function shown(value) {
  return JSON.stringify(value)?.slice(0, 300);
}

// b24-cli with the same webhook; {code, out, err}. Never a shell: arguments go as they are.
function ourCli(args, input) {
  try {
    const out = execFileSync(cli, [...args, '--webhook', url, '--cacert', caFile],
      { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, B24_WEBHOOK: '' } });
    return { code: 0, out, err: '' };
  } catch (error) {
    return { code: error.status ?? -1, out: String(error.stdout ?? ''), err: String(error.stderr ?? '') };
  }
}

// JSON of b24-cli's stdout; undefined when it is not JSON (the check that uses it then fails).
function parsed(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const secret = new URL(url).pathname.split('/').filter(Boolean)[2];

// The SDK release under test: REST 3.0 actions arrived in 1.0.1.
{
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@bitrix24/b24jssdk/package.json');
  const version = JSON.parse(readFileSync(manifest, 'utf8')).version;
  const [major, minor, patch] = version.split('.').map((n) => Number.parseInt(n, 10));
  const atLeast = major > 1 || (major === 1 && (minor > 0 || patch >= 1));
  check(`SDK ${version} has REST 3.0 actions (>= 1.0.1)`, atLeast, version);
}

const b24 = B24Hook.fromWebhookUrl(url);
const v3 = b24.actions.v3;

// What the portal holds: every task through the classic protocol, id -> title.
const held = new Map();
{
  const list = await b24.actions.v2.callList.make({
    method: 'tasks.task.list', params: { select: ['ID', 'TITLE'] },
    idKey: 'id', cursorIdKey: 'ID', customKeyForResult: 'tasks',
  });
  for (const row of list.isSuccess ? list.getData() : [])
    held.set(Number(row.id), row.title);
  check('the classic protocol reads more than one page of tasks', held.size > 50, `${held.size} tasks`);
}

// 1. call: tasks.task.get
{
  const params = { id: 1, select: ['id', 'title'] };
  const response = await v3.call.make({ method: 'tasks.task.get', params });
  const item = response.isSuccess ? response.getData().result.item : undefined;
  check('call tasks.task.get answers the task the portal holds',
    item && item.id === 1 && item.title === held.get(1), shown(response.getData?.() ?? response));
  const ours = ourCli(['--api', 'v3', 'call', 'tasks.task.get', JSON.stringify(params)]);
  const ourItem = ours.code === 0 ? parsed(ours.out)?.result?.item : undefined;
  check('b24-cli call answers the same item', isDeepStrictEqual(ourItem, item), `${ours.code} ${ours.out}${ours.err}`);
}

// 2. callList: every task once
let sdkRows = [];
{
  const list = await v3.callList.make({
    method: 'tasks.task.list', params: { select: ['id', 'title'] }, idKey: 'id', customKeyForResult: 'items',
  });
  sdkRows = list.isSuccess ? list.getData() : [];
  const ids = sdkRows.map((row) => row.id);
  const unique = new Set(ids).size === ids.length;
  const same = sdkRows.length === held.size && sdkRows.every((row) => held.get(row.id) === row.title);
  check('callList tasks.task.list returns every task once', unique && same,
    `${sdkRows.length} rows (${held.size} held), unique=${unique}; ${list.isSuccess ? '' : list.getErrorMessages()}`);
  const ours = ourCli(['--api', 'v3', 'list', 'tasks.task.list', JSON.stringify({ select: ['id', 'title'] })]);
  const ourRows = ours.code === 0 ? ours.out.trim().split('\n').map(parsed) : [];
  check('b24-cli list returns the same rows in the same order', isDeepStrictEqual(ourRows, sdkRows),
    `${ours.code}: ${ourRows.length} rows against ${sdkRows.length}; ${ours.err}`);
}

// 3. batch in the REST 3.0 form
{
  const calls = [['tasks.task.get', { id: 2, select: ['id', 'title'] }],
    ['tasks.task.get', { id: 3, select: ['id', 'title'] }]];
  let data;
  let thrown;
  try {
    const response = await v3.batch.make({ calls, options: { isHaltOnError: true } });
    data = response.isSuccess ? response.getData() : { errors: response.getErrorMessages() };
  } catch (error) {
    thrown = error;
  }
  const items = Array.isArray(data) ? data.map((one) => one?.item) : [];
  check('batch answers both tasks in order',
    items.length === 2 && items[0]?.id === 2 && items[0]?.title === held.get(2) && items[1]?.id === 3,
    thrown ? `threw ${thrown.code}: ${thrown.message}` : shown(data));
  const ours = ourCli(['--api', 'v3', 'batch', '-'], JSON.stringify(calls));
  const ourItems = ours.code === 0 ? (parsed(ours.out)?.items ?? []).map((one) => one.result?.item) : [];
  check('b24-cli batch answers the same items', isDeepStrictEqual(ourItems, items), `${ours.code} ${ours.out}${ours.err}`);
}

// 4. a validation error: the fields the portal names, from both clients
{
  let response;
  let thrown;
  try {
    response = await v3.call.make({ method: 'tasks.task.get', params: { select: ['id'] } });
  } catch (error) {
    thrown = error;
  }
  const error = thrown ?? response?.errors?.values().next().value;
  const fields = (error?.validation ?? []).map((entry) => entry.field);
  check('a validation error names the missing field',
    error?.code === 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION' && error?.status === 400 &&
      isDeepStrictEqual(fields, ['id']),
    `${error?.code} (${error?.status}) ${shown(error?.validation)}`);
  check('the SDK error has no secret', !String(error?.message ?? '').includes(secret), 'secret in the message');
  const ours = ourCli(['--api', 'v3', 'call', 'tasks.task.get', JSON.stringify({ select: ['id'] })]);
  check('b24-cli exits 1 and names the same field', ours.code === 1 && ours.err.includes('\n  id: ') &&
    ours.err.includes(error?.code ?? 'no code') && !ours.err.includes(secret), `${ours.code} ${ours.err}`);
}

console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
process.exit(failures ? 1 : 0);
