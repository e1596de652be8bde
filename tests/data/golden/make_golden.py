# Independent oracle for the golden files: Python's csv/json modules, flattening done by hand here.
import csv, io, json
rows = json.load(open('deals.rows.json', encoding='utf-8'))
def text(v):
    if v is None: return ''
    if isinstance(v, bool): return 'true' if v else 'false'
    if isinstance(v, (int, float)): return str(v)
    if isinstance(v, str): return v
    if isinstance(v, list):
        if v and all(isinstance(e, dict) and 'VALUE' in e for e in v):
            return ', '.join(f"{e['VALUE']} ({e['VALUE_TYPE']})" for e in v)
        return ', '.join(text(e) for e in v)
    return json.dumps(v, separators=(',', ':'), ensure_ascii=False, sort_keys=True)
def flat(row, prefix=''):
    out = []
    keys = sorted(row)
    if not prefix and 'ID' in row: keys = ['ID'] + [k for k in keys if k != 'ID']
    for k in keys:
        v = row[k]; name = prefix + k
        if isinstance(v, dict) and v: out += flat(v, name + '.')
        else: out.append((name, text(v)))
    return out
def isnum(s):
    try: float(s); return True
    except ValueError: return False
def guard(s):
    if s[:1] in ('=', '@', '\t', '\r') or (s[:1] in ('+', '-') and not isnum(s)): return "'" + s
    return s
def write_csv(name, delim, bom, use_guard, columns=None):
    cols = list(columns or [])
    table = []
    for r in rows:
        cells = dict(flat(r))
        if columns is None:
            for c, _ in flat(r):
                if c not in cols: cols.append(c)
        if columns is not None:
            for c in columns:
                if c not in cells and c in r: cells[c] = text(r[c])
        table.append(cells)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\r\n')
    w.writerow(cols)
    for cells in table:
        w.writerow([guard(cells.get(c, '')) if use_guard else cells.get(c, '') for c in cols])
    data = buf.getvalue().encode('utf-8')
    open(name, 'wb').write((b'\xef\xbb\xbf' if bom else b'') + data)
write_csv('deals.csv', ',', False, True)
write_csv('deals.semicolon-bom.csv', ';', True, True)
write_csv('deals.columns-unguarded.csv', ',', False, False, ['TITLE', 'ID', 'PHONE', 'responsible', 'MISSING'])
def dump(v): return json.dumps(v, separators=(',', ':'), ensure_ascii=False, sort_keys=True)
with open('deals.jsonl', 'w', encoding='utf-8', newline='') as f:
    for r in rows: f.write(dump(r) + '\n')
with open('deals.json', 'w', encoding='utf-8', newline='') as f:
    f.write('[\n' + ',\n'.join(dump(r) for r in rows) + '\n]\n')
with open('deals.columns.jsonl', 'w', encoding='utf-8', newline='') as f:
    for r in rows:
        parts = []
        for c in ['TITLE', 'ID', 'PHONE', 'responsible.name', 'MISSING']:
            v = r
            for p in c.split('.'):
                v = v.get(p) if isinstance(v, dict) else None
            parts.append(json.dumps(c) + ':' + json.dumps(v, separators=(',', ':'), ensure_ascii=False, sort_keys=True))
        f.write('{' + ','.join(parts) + '}\n')
