#!/usr/bin/env python3
"""Writes N realistic packs for benchmarks: 12 sessions of 5 activities with scripts and prompts,
6 handouts each (about 44 KB a pack), all valid and clean. Deterministic for a given N.

usage: make-corpus.py N DIR
"""
import os, random, sys

n, folder = int(sys.argv[1]), sys.argv[2]
os.makedirs(folder, exist_ok=True)
words = ("notice stress body breath plan support call friend group walk sleep meal water urge wave "
         "feel name step list write talk share pause choose value goal week home work family trust "
         "calm slow help safe kind small start today").split()
rng = random.Random(n)
def sentence(k): return ' '.join(rng.choice(words) for _ in range(k)).capitalize() + '.'
def text(sentences, k=8): return ' '.join(sentence(k) for _ in range(sentences))
for p in range(n):
    pid = f'bench-{p:05d}'
    out = [f'<?xml version="1.0" encoding="UTF-8"?>',
           f'<pack xmlns="urn:trellis:curriculum:1" id="{pid}" version="1.0.0" xml:lang="en" reading-grade="8">',
           f'  <title>Benchmark pack {p}</title>', f'  <summary>{text(3)}</summary>',
           f'  <review date="2026-06-01" by="Benchmark committee"/>',
           f'  <module id="core" title="Core skills">']
    for s in range(1, 13):
        out.append(f'    <session id="s-{s:02d}" title="Session {s}: {sentence(3)[:-1]}" minutes="60">')
        out += [f'      <objective>{sentence(7)}</objective>' for _ in range(3)]
        out.append(f'      <material>Whiteboard and markers</material>')
        out.append(f'      <caution>{text(2)}</caution>')
        kinds = ['check-in', 'teach', 'practice', 'worksheet', 'wrap-up']
        for a, kind in enumerate(kinds):
            handout = f' handout="h-{(s - 1) % 6 + 1:02d}"' if kind == 'worksheet' else ''
            out.append(f'      <activity kind="{kind}" minutes="12" title="{sentence(2)[:-1]}"{handout}>')
            out.append(f'        <script><p>{text(3)}</p><p>{text(2)}</p><ul><li>{sentence(6)}</li><li>{sentence(6)}</li></ul></script>')
            out.append(f'        <prompt>{sentence(8)}</prompt>')
            out.append('      </activity>')
        out.append(f'      <homework>{sentence(8)}</homework>')
        out.append('    </session>')
    out.append('  </module>')
    for h in range(1, 7):
        out.append(f'  <handout id="h-{h:02d}" title="{sentence(3)[:-1]}">')
        out.append(f'    <p>{text(3, 6)}</p>')
        out.append(f'    <section title="{sentence(2)[:-1]}"><ul><li>{sentence(5)}</li><li>{sentence(5)}</li><li>{sentence(5)}</li></ul></section>')
        out.append(f'    <field label="{sentence(4)[:-1]}" lines="2"/>')
        out.append(f'    <checklist><item>{sentence(4)}</item><item>{sentence(4)}</item></checklist>')
        out.append(f'    <scale label="{sentence(4)[:-1]}" min="0" max="10" low="none" high="strongest"/>')
        out.append('  </handout>')
    out.append('</pack>')
    with open(os.path.join(folder, f'{pid}.xml'), 'w') as f:
        f.write('\n'.join(out) + '\n')
