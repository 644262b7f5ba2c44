/**
 * Induces name lists from unlabelled SaudiNewsNet text with cue patterns (Hearst-style distant supervision):
 * a word that often follows a person title (الرئيس، الأمير، الشيخ، اللاعب …) or sits beside «بن» is likely a
 * personal name; one that follows مدينة، محافظة، منطقة … a place name; one that follows شركة، نادي، جامعة، صحيفة …
 * the first word of an organisation's name. Writes data/models/induced-names.tsv:
 * `word<TAB>type<TAB>cue count<TAB>share of the word's occurrences` (match keys), read by the labeller's features.
 *
 *   npm run build && node dist/train/induced-names.js [--data ../shared/data/saudinewsnet/dataset] [--out FILE]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainArgs } from './args.js';
import { unzipSync, strFromU8 } from 'fflate';
import { rawTokens } from '../text/tokenize.js';
import { wordKey } from '../extract/entities/ner-lexicons.js';
import { stripProclitics } from '../extract/entities/proclitics.js';
import { matchKey } from '../text/normalize.js';
import { packageRoot } from '../node/resources.js';

const { values } = trainArgs('induced-names', 'node dist/train/induced-names.js [--data DIR] [--out FILE]', {
  options: {
    data: { type: 'string', default: join(packageRoot, '..', 'shared', 'data', 'saudinewsnet', 'dataset') },
    out: { type: 'string', default: join(packageRoot, 'data', 'models', 'induced-names.tsv') },
    'min-count': { type: 'string', default: '3' },
    'min-share': { type: 'string', default: '0.05' },
  },
});

const CUES: Record<string, string[]> = {
  PER: ['الرئيس', 'الامير', 'الاميره', 'الملك', 'الشيخ', 'الشيخه', 'السيد', 'السيده', 'الدكتور', 'الدكتوره', 'المهندس', 'اللاعب', 'المدرب', 'الفنان', 'الفنانه', 'الكاتب', 'الشاعر', 'الاستاذ', 'النجم', 'الزميل', 'المواطن', 'المواطنه', 'المستشار', 'اللواء', 'العميد', 'العقيد', 'الفريق', 'الاعلامي', 'الداعيه', 'الطفل', 'الطفله', 'الشاب', 'الشهيد', 'المرحوم', 'الراحل', 'سمو', 'معالي', 'نظيره', 'السفير', 'القاضي', 'المحامي'],
  LOC: ['مدينه', 'محافظه', 'منطقه', 'بلده', 'قريه', 'مقاطعه', 'ولايه', 'جزيره', 'عاصمه', 'حي', 'مطار', 'ميناء', 'مخيم'],
  ORG: ['شركه', 'نادي', 'جامعه', 'صحيفه', 'وكاله', 'منظمه', 'حزب', 'حركه', 'بنك', 'مصرف', 'مجموعه', 'فريق', 'جمعيه', 'مؤسسه', 'قناه', 'هيءه', 'مستشفي', 'مجلس', 'تنظيم', 'جماعه'],
};
const cueType = new Map<string, string>();
for (const [t, ws] of Object.entries(CUES)) for (const w of ws) cueType.set(matchKey(w), t);
const BIN = matchKey('بن');

const total = new Map<string, number>();
const hits = new Map<string, Map<string, number>>();
const hit = (w: string, t: string) => {
  const m = hits.get(w) ?? new Map<string, number>();
  m.set(t, (m.get(t) ?? 0) + 1);
  hits.set(w, m);
};
const isWord = (w: string) => /^[\u0621-\u064A]{2,}$/u.test(w);
for (const f of readdirSync(values.data!).filter((f) => f.endsWith('.zip')).sort()) {
  const zip = unzipSync(readFileSync(join(values.data!, f)));
  for (const name of Object.keys(zip).sort()) {
    for (const a of JSON.parse(strFromU8(zip[name]!)) as Array<{ content?: string; title?: string }>) {
      const keys = rawTokens(`${a.title ?? ''}\n${a.content ?? ''}`).map((t) => wordKey(t.text));
      for (let i = 0; i < keys.length; i++) {
        const w = keys[i]!;
        total.set(w, (total.get(w) ?? 0) + 1);
        if (i === 0 || !isWord(w)) continue;
        const prev = stripProclitics(keys[i - 1]!).base;
        const t = cueType.get(prev);
        if (t) hit(w, t);
        // X بن Y: both sides are personal names
        if (keys[i - 1] === BIN) hit(w, 'PER');
        if (keys[i + 1] === BIN) hit(w, 'PER');
      }
    }
  }
}
const minCount = Number(values['min-count']);
const minShare = Number(values['min-share']);
const lines = ['# induced names: word<TAB>type<TAB>cue count<TAB>share — built by dist/train/induced-names.js from SaudiNewsNet (see data/models/README.md)'];
for (const [w, m] of [...hits.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  for (const [t, c] of m) {
    const share = Math.min(1, c / (total.get(w) ?? c));
    if (c >= minCount && share >= minShare) lines.push(`${w}\t${t}\t${c}\t${share.toFixed(3)}`);
  }
}
writeFileSync(values.out!, lines.join('\n') + '\n');
process.stderr.write(`wrote ${values.out} (${lines.length - 1} entries)\n`);
