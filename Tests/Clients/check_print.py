#!/usr/bin/env python3
"""The real clients check what `trellis render --format pdf,docx` wrote (run by .ci/run).

usage: check_print.py OUT_DIR CURRICULA_DIR [PNG_DIR]
- python-docx opens every DOCX and finds its headings, tables and list items;
- LibreOffice converts a guide and a handout without error;
- pypdf finds every session title of each week's guide in its text, the running footer (program,
  track, week, page N of M) on every page of every PDF, and no script or caution text in any
  handout PDF;
- pdftoppm renders page 1 of a guide and a handout to PNG (for a person to look at).
"""
import glob, json, os, re, subprocess, sys, tempfile, unicodedata
import xml.etree.ElementTree as ET
import docx, pypdf

out, curricula = sys.argv[1], sys.argv[2]
png_dir = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp()
os.makedirs(png_dir, exist_ok=True)
NS = '{urn:trellis:curriculum:1}'
problems = []
def fail(message): problems.append(message); print('FAIL', message)

# DOCX: headings, tables, lists, footer, language.
docs = sorted(glob.glob(f'{out}/week-*/**/*.docx', recursive=True))
if len(docs) < 24: fail(f'only {len(docs)} DOCX files')
for path in docs:
    d = docx.Document(path)
    headings = [p for p in d.paragraphs if p.style.name.startswith('Heading')]
    if not headings: fail(f'{path}: no headings')
    if path.endswith('facilitator-guide.docx'):
        if not d.tables: fail(f'{path}: no tables')
        items = [p for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
        if len(items) < 5: fail(f'{path}: {len(items)} list items')
        if not any(p.style.name == 'Heading 3' for p in headings): fail(f'{path}: no Heading 3')
    if 'Week' not in d.sections[0].footer.paragraphs[0].text: fail(f'{path}: footer without the week')
print(f'python-docx: {len(docs)} DOCX files open, with headings, tables and lists')

# LibreOffice converts a guide and a handout.
guide_docx = f'{out}/week-01/facilitator-guide.docx'
handout_docx = sorted(glob.glob(f'{out}/week-01/handouts/*.docx'))[0]
with tempfile.TemporaryDirectory() as lo:
    result = subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', lo, guide_docx, handout_docx],
                            capture_output=True, text=True, timeout=300)
    made = sorted(os.listdir(lo))
    if result.returncode != 0 or len(made) != 2: fail(f'LibreOffice: {result.returncode} {made} {result.stderr[-300:]}')
    else: print(f'LibreOffice converted {made}')

# PDFs: titles, footers, no facilitator text in handouts.
packs = {}
for path in glob.glob(f'{curricula}/packs/*.xml'):
    root = ET.parse(path).getroot()
    packs[root.get('id')] = root
def norm(text): return re.sub(r'\s+', ' ', unicodedata.normalize('NFKC', text)).strip()
plan = json.load(open(f'{out}/plan.json'))
facilitator_only = []
for root in packs.values():
    for e in root.iter():
        if e.tag in (NS + 'script', NS + 'caution'):
            for p in ([e] if e.tag == NS + 'caution' else e.iter(NS + 'p')):
                text = norm(''.join(p.itertext()))
                if len(text) > 60 and '<' not in text: facilitator_only.append(text[:60])
if len(facilitator_only) < 100: fail(f'only {len(facilitator_only)} facilitator-only passages to look for')
guides = sorted(glob.glob(f'{out}/week-*/facilitator-guide.pdf'))
handouts = sorted(glob.glob(f'{out}/week-*/handouts.pdf'))
if len(guides) != 12 or len(handouts) != 12: fail(f'{len(guides)} guide PDFs, {len(handouts)} handout PDFs')
for path in guides + handouts:
    reader = pypdf.PdfReader(path)
    week = int(re.search(r'week-(\d+)', path).group(1))
    pages = [norm(page.extract_text()) for page in reader.pages]
    for number, text in enumerate(pages, 1):
        footer = f'Week {week} ·'
        if footer not in text or f'page {number} of {len(pages)}' not in text or 'Adult IOP, 12 weeks' not in text:
            fail(f'{path}: page {number} has no running footer'); break
    whole = ' '.join(pages)
    if path.endswith('facilitator-guide.pdf'):
        titles = [block['title'] for m in plan['meetings'] if m['week'] == week for block in m['blocks']
                  if block.get('session')] + [g['title'] for m in plan['meetings'] if m['week'] == week
                  for block in m['blocks'] for g in block.get('groups', []) if g.get('session')]
        missing = [t for t in titles if norm(t)[:40] not in whole]
        if missing: fail(f'{path}: titles not found: {missing[:3]}')
    else:
        leaked = [t for t in facilitator_only if t in whole]
        if leaked: fail(f'{path}: facilitator text in a handout: {leaked[:2]}')
print(f'pypdf: {len(guides)} guides and {len(handouts)} handout PDFs, running footer on every page')

# pdftoppm: page 1 of a guide and of a handout.
for name, path in (('guide', guides[0]), ('handout', handouts[0])):
    subprocess.run(['pdftoppm', '-png', '-r', '60', '-f', '1', '-l', '1', path, f'{png_dir}/{name}'], check=True)
print(f'pdftoppm: page 1 of a guide and a handout in {png_dir}')

if problems: sys.exit(f'{len(problems)} problems')
print('print outputs OK')
