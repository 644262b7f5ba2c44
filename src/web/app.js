// راصد: the web interface. Plain modules, no build step; every text from the server is escaped
// before it reaches the page (snippets come escaped with <mark> around the matched words).
const $ = (s) => document.querySelector(s);
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const PAGE = 20;
const TYPE_AR = { PER: 'شخص', LOC: 'مكان', ORG: 'منظمة', MISC: 'أخرى' };

async function api(path) {
  const r = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await r.json().catch(() => ({ error: { message: `HTTP ${r.status}` } }));
  if (!r.ok) throw new Error(body?.error?.message ?? `HTTP ${r.status}`);
  return body;
}

function state() {
  const p = new URLSearchParams(location.search);
  return { q: p.get('q') ?? '', offset: Number(p.get('offset') ?? 0) || 0, collapse: p.get('collapse') === '1', article: p.get('article') };
}

function go(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v != null && v !== false && v !== 0) p.set(k, v === true ? '1' : v);
  history.pushState(null, '', `/?${p}`);
  render();
}

async function showStats() {
  try {
    const s = await api('/api/stats');
    $('#stats').textContent = `${s.articles.toLocaleString('ar')} مقالة · ${s.entities.toLocaleString('ar')} كيان · ${s.events.toLocaleString('ar')} حدث · ${s.quotes.toLocaleString('ar')} اقتباس`;
  } catch {}
}

async function render() {
  const st = state();
  $('#q').value = st.q;
  $('#collapse').checked = st.collapse;
  const main = document.querySelector('main');
  if (st.article) {
    main.classList.add('reading');
    $('#results').hidden = $('#facets').hidden = true;
    $('#article').hidden = false;
    return showArticle(st.article);
  }
  main.classList.remove('reading');
  $('#results').hidden = $('#facets').hidden = false;
  $('#article').hidden = true;
  if (!st.q.trim()) {
    $('#results').innerHTML = '<p class="muted">اكتب كلمة أو أكثر للبحث في الأخبار المخزنة.</p>';
    $('#facets').innerHTML = '';
    return;
  }
  $('#results').innerHTML = '<p class="muted">جارٍ البحث…</p>';
  try {
    const r = await api(`/api/search?${new URLSearchParams({ q: st.q, limit: PAGE, offset: st.offset, facets: '1', ...(st.collapse ? { collapse: '1' } : {}) })}`);
    const hits = r.hits.map((h) => `
      <div class="hit">
        <h2><a href="/?article=${encodeURIComponent(h.id)}" data-article="${esc(h.id)}">${esc(h.title ?? '(بلا عنوان)')}</a>${h.duplicateOf ? '<span class="dup">مكرر</span>' : ''}</h2>
        <div class="muted">${esc((h.published ?? '').slice(0, 10))} · ${esc(h.source ?? '')}</div>
        <p>${h.snippet}</p>
      </div>`);
    const pager = [];
    if (st.offset > 0) pager.push(`<a href="#" data-offset="${Math.max(0, st.offset - PAGE)}">→ السابق</a>`);
    if (r.next != null) pager.push(`<a href="#" data-offset="${r.next}">التالي ←</a>`);
    $('#results').innerHTML = `<p class="muted">${r.total.toLocaleString('ar')} نتيجة</p>${hits.join('')}<div class="pager">${pager.join('')}</div>`;
    const f = r.facets;
    const list = (title, items, field) => items?.length ? `<h3>${title}</h3><ul>${items.map((x) => `<li><a data-filter="${field === 'day' ? `from:${esc(x.value)} to:${esc(x.value)}` : `${field}:${esc(/\s/.test(x.value) ? `"${x.value}"` : x.value)}`}">${esc(x.label ?? x.value)}</a><span class="muted">${x.count}</span></li>`).join('')}</ul>` : '';
    $('#facets').innerHTML = list('أبرز الكيانات', f?.entities, 'entity') + list('المصادر', f?.sources, 'source') + list('الأيام', f?.days?.slice(0, 10), 'day');
  } catch (e) {
    $('#results').innerHTML = `<p class="error">${esc(e.message)}</p>`;
    $('#facets').innerHTML = '';
  }
}

/** The article text with every entity mention, time, quote and event trigger highlighted by its offsets. */
function annotate(a) {
  const text = a.text;
  const spans = [];
  const ents = new Map(a.entities.map((e) => [e.id, e]));
  // the headline and subheadline are the outermost layer: they keep their highlights inside
  if (a.headline) spans.push({ start: a.headline.start, end: a.headline.end, cls: 'headline', tip: 'العنوان', layer: -1 });
  if (a.subheadline) spans.push({ start: a.subheadline.start, end: a.subheadline.end, cls: 'subheadline', tip: 'العنوان الفرعي', layer: -1 });
  for (const q of a.quotes) spans.push({ start: q.start, end: q.end, cls: 'quote', tip: `اقتباس${q.speaker && ents.get(q.speaker) ? ` — ${ents.get(q.speaker).name}` : ''}`, layer: 0 });
  for (const e of a.entities) for (const m of e.mentions) spans.push({ start: m.start, end: m.end, cls: `ent-${e.type}`, tip: `${TYPE_AR[e.type] ?? e.type}: ${e.name}${e.nameEn ? ` (${e.nameEn})` : ''}`, layer: 1 });
  for (const t of a.times) spans.push({ start: t.start, end: t.end, cls: 'time', tip: `زمن: ${t.value ?? ''}`, layer: 1 });
  for (const v of a.events) spans.push({ start: v.trigger.start, end: v.trigger.end, cls: 'event', tip: `حدث: ${v.type}`, layer: 2 });
  // cut the text at every span boundary, then wrap each piece in the spans covering it
  const cuts = new Set([0, text.length]);
  for (const s of spans) if (s.end > s.start) cuts.add(s.start), cuts.add(s.end);
  const points = [...cuts].sort((x, y) => x - y);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    let piece = esc(text.slice(from, to));
    for (const s of spans.filter((s) => s.start <= from && s.end >= to).sort((x, y) => y.layer - x.layer)) piece = `<span class="${s.cls}" data-tip title="${esc(s.tip)}">${piece}</span>`;
    html += piece;
  }
  return html;
}

async function showArticle(id) {
  $('#article').innerHTML = '<p class="muted">جارٍ التحميل…</p>';
  try {
    const a = await api(`/api/articles/${encodeURIComponent(id)}`);
    const an = a.analysis;
    const ents = new Map(an.entities.map((e) => [e.id, e]));
    const name = (eid) => esc(ents.get(eid)?.name ?? eid);
    const events = an.events.map((v) => `<tr><td>${esc(v.type)}</td><td>${esc(v.trigger.text)}</td><td>${v.actor.map(name).join('، ')}</td><td>${v.recipient.map(name).join('، ')}</td><td>${esc(v.date ?? '')}</td></tr>`).join('');
    $('#article').innerHTML = `
      <p><a href="#" data-back>→ العودة إلى النتائج</a></p>
      <div class="muted">${esc((a.published ?? '').slice(0, 10))} · ${esc(a.source ?? '')}${a.url ? ` · <a href="${esc(a.url)}" rel="noopener noreferrer" target="_blank">المصدر</a>` : ''}${a.duplicateOf ? ` · <span class="dup">يكرر <a href="/?article=${encodeURIComponent(a.duplicateOf)}" data-article="${esc(a.duplicateOf)}">مقالة أخرى</a></span>` : ''}</div>
      <p class="legend"><span class="ent-PER">شخص</span><span class="ent-LOC">مكان</span><span class="ent-ORG">منظمة</span><span class="ent-MISC">أخرى</span><span class="time">زمن</span><span class="quote">اقتباس</span><span class="event">حدث</span></p>
      <div class="text">${annotate(an)}</div>
      ${an.entities.length ? `<h3>الكيانات</h3><table class="list"><tr><th>الاسم</th><th>النوع</th><th>بالإنجليزية</th><th>البلد</th><th>الذكر</th></tr>${an.entities.map((e) => `<tr><td>${esc(e.name)}</td><td>${esc(TYPE_AR[e.type] ?? e.type)}</td><td dir="ltr">${esc(e.nameEn ?? '')}</td><td>${esc(e.country ?? '')}</td><td>${e.mentions.length}</td></tr>`).join('')}</table>` : ''}
      ${events ? `<h3>الأحداث</h3><table class="list"><tr><th>النوع</th><th>الفعل</th><th>الفاعل</th><th>المفعول به</th><th>التاريخ</th></tr>${events}</table>` : ''}`;
  } catch (e) {
    $('#article').innerHTML = `<p class="error">${esc(e.message)}</p>`;
  }
}

$('#search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  go({ q: $('#q').value, collapse: $('#collapse').checked });
});
$('#collapse').addEventListener('change', () => state().q && go({ q: $('#q').value, collapse: $('#collapse').checked }));
document.addEventListener('click', (ev) => {
  const t = ev.target.closest('a');
  if (!t) return;
  const st = state();
  if (t.dataset.article) (ev.preventDefault(), go({ q: st.q, collapse: st.collapse, offset: st.offset, article: t.dataset.article }));
  else if (t.dataset.offset != null) (ev.preventDefault(), go({ q: st.q, collapse: st.collapse, offset: Number(t.dataset.offset) }));
  else if (t.dataset.filter) (ev.preventDefault(), go({ q: `${st.q} ${t.dataset.filter}`.trim(), collapse: st.collapse }));
  else if (t.hasAttribute('data-back')) (ev.preventDefault(), history.length > 1 ? history.back() : go({ q: st.q }));
});
window.addEventListener('popstate', render);
showStats();
render();
