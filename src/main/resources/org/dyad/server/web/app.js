// Dyad's page: one plain script, no build step. Views are chosen by the URL's hash (#/article/ID,
// #/timeline/USA/JPN ...) so every view can be linked to and reloaded. All data comes from /api/.
'use strict';

const view = document.getElementById('view');
const QUADS = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];
const QUAD_COLOURS = ['#74c0fc', '#1971c2', '#ffa94d', '#e03131'];

function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g,
    c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) {
    throw new Error(body.error || ('HTTP ' + r.status));
  }
  return body;
}

function showError(e) {
  view.insertAdjacentHTML('beforeend', `<p class="error">${esc(e.message)}</p>`);
}

function hashParams() {
  const h = location.hash.replace(/^#\/?/, '');
  const [path, query] = h.split('?');
  return {parts: path.split('/').filter(Boolean).map(decodeURIComponent),
          query: new URLSearchParams(query || '')};
}

function route() {
  const {parts, query} = hashParams();
  const views = {article: articleView, timeline: timelineView, network: networkView, quotes: quotesView, map: mapView};
  const fn = views[parts[0]] || searchView;
  view.innerHTML = '';
  fn(parts.slice(1), query).catch(showError);
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', () => {
  api('/api/stats').then(s => {
    document.getElementById('stats').textContent = s.articles === 0
      ? 'no events: this store holds no articles yet'
      : `${s.articles} articles · ${s.events} events · ${s.quotes} quotations · ${s.first_date || ''} – ${s.last_date || ''}`;
  }).catch(() => {});
  route();
});

function pager(page, size, total, go) {
  const div = document.createElement('div');
  div.className = 'pager';
  const pages = Math.max(1, Math.ceil(total / size));
  div.innerHTML = `<button ${page === 0 ? 'disabled' : ''}>‹ previous</button>
    <span>page ${page + 1} of ${pages} (${total} in all)</span>
    <button ${page + 1 >= pages ? 'disabled' : ''}>next ›</button>`;
  const [prev, next] = div.querySelectorAll('button');
  prev.onclick = () => go(page - 1);
  next.onclick = () => go(page + 1);
  return div;
}

// ---- Search: full text over articles; with actor, dyad or root filters, the events. ----

async function searchView(_, query) {
  const q = query.get('q') || '', actor = query.get('actor') || '', dyad = query.get('dyad') || '';
  const root = query.get('root') || '', page = parseInt(query.get('page') || '0', 10);
  view.innerHTML = `<h1>Search</h1>
    <form class="filters" id="search">
      <label>Text (Lucene: nuclear AND talks, "socialist cause")<input name="q" size="32" value="${esc(q)}"></label>
      <label>Actor (code or name)<input name="actor" size="12" value="${esc(actor)}"></label>
      <label>Dyad (SOURCE,TARGET)<input name="dyad" size="12" value="${esc(dyad)}" placeholder="CHN,PRK"></label>
      <label>CAMEO root<input name="root" size="4" value="${esc(root)}" placeholder="04"></label>
      <button>Search</button>
    </form><div id="results"></div>`;
  document.getElementById('search').onsubmit = e => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(e.target)) {
      if (v.trim()) p.set(k, v.trim());
    }
    location.hash = '#/?' + p;
  };
  const results = document.getElementById('results');
  const go = n => { query.set('page', n); location.hash = '#/?' + query; };
  if (actor || dyad || root) {
    const p = new URLSearchParams({page, size: 50});
    for (const [k, v] of [['q', q], ['actor', actor], ['dyad', dyad], ['root', root]]) {
      if (v) p.set(k, v);
    }
    const res = await api('/api/events?' + p);
    results.innerHTML = `<table><thead><tr><th>date</th><th>source</th><th>event</th><th>target</th>
      <th>trigger</th><th>sentence</th><th>reports</th></tr></thead><tbody>${res.items.map(e => `
      <tr class="clickable" data-href="#/article/${encodeURIComponent(e.article_id)}?event=${esc(e.event_id)}">
      <td>${esc(e.date)}</td><td>${esc(e.source_name)} <b>${esc(e.source_code)}</b></td>
      <td>${esc(e.cameo)} ${esc(e.plover)}</td><td>${e.target_code || e.target_name
        ? `${esc(e.target_name)} <b>${esc(e.target_code)}</b>` : '<span class="muted" title="one-sided event">—</span>'}</td>
      <td>${esc(e.trigger)}</td><td>${esc(e.sentence_text)}</td>
      <td class="reports" title="story event ${esc(e.story_id || '')}">${esc(reports(e))}</td></tr>`).join('')
      || '<tr><td colspan="7" class="muted">No events match.</td></tr>'}</tbody></table>`;
    results.append(pager(page, 50, res.total, go));
  } else {
    const p = new URLSearchParams({page, size: 50});
    if (q) p.set('q', q);
    const res = await api('/api/articles?' + p);
    results.innerHTML = `<table><thead><tr><th>date</th><th>title</th><th>events</th><th>quotations</th>
      </tr></thead><tbody>${res.items.map(a => `
      <tr class="clickable" data-href="#/article/${encodeURIComponent(a.article_id)}">
      <td>${esc(a.date)}</td><td>${esc(a.title || a.article_id)}</td><td>${a.events}</td><td>${a.quotes}</td>
      </tr>`).join('') || '<tr><td colspan="4" class="muted">No articles match.</td></tr>'}</tbody></table>`;
    results.append(pager(page, 50, res.total, go));
  }
  results.querySelectorAll('tr[data-href]').forEach(tr => tr.onclick = () => location.hash = tr.dataset.href);
}

/** "reported by 14 articles from 5 sources": how many reports the event's story event has. */
function reports(e) {
  if (e.story_articles == null) return '';
  const n = (k, word) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `reported by ${n(e.story_articles, 'article')} from ${n(e.story_sources, 'source')}`;
}

// ---- Article: the text with actors, event triggers and quotations highlighted. ----

// Splits the text at every span boundary and gives each piece the classes of the spans covering
// it: spans may nest (a trigger inside a quotation) or touch, and flat pieces handle both.
function highlight(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(s.begin);
    cuts.add(s.end);
  }
  const points = [...cuts].filter(p => p >= 0 && p <= text.length).sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const covering = spans.filter(s => s.begin <= a && s.end >= b);
    const piece = esc(text.slice(a, b));
    if (!covering.length) {
      html += piece;
      continue;
    }
    const attrs = {};
    for (const s of covering) {
      Object.assign(attrs, s.data || {});
    }
    const classes = [...new Set(covering.map(s => s.cls))].join(' ');
    const data = Object.entries(attrs).map(([k, v]) => ` data-${k}="${esc(v)}"`).join('');
    html += `<span class="${classes}"${data}>${piece}</span>`;
  }
  return html;
}

async function articleView(parts, query) {
  const id = parts[0];
  const a = await api('/api/articles/' + encodeURIComponent(id));
  const actorsById = Object.fromEntries(a.actors.map(x => [x.actor_id, x]));
  view.innerHTML = `<h1 id="title">${esc(a.title || a.article_id)}</h1>
    <p class="muted">${[a.date, a.source, a.article_id, a.coder && 'coded by ' + a.coder].filter(Boolean).map(esc).join(' · ')}</p>
    <p class="legend"><span class="hl-actor">actor</span><span class="hl-trigger">event trigger</span>
      <span class="hl-quote">quotation</span> — pick a trigger or an event to see its evidence</p>
    <div class="article"><div class="text" id="text"></div>
    <div class="side">
      <div class="panel" id="evidence"><h2>Evidence</h2><p class="muted">No event picked.</p></div>
      <div class="panel"><h2>Events (${a.events.length})</h2><table id="events"><tbody>${a.events.map(e => `
        <tr class="clickable" data-event="${esc(e.event_id)}"><td><b>${esc(e.source_code || '—')}</b></td>
        <td>${esc(e.cameo)} <span class="muted">${esc(e.plover || '')}</span></td><td><b>${esc(e.target_code || '—')}</b></td>
        <td>${esc(e.trigger)}</td></tr>`).join('')
        || '<tr><td class="muted">No events coded in this article.</td></tr>'}</tbody></table></div>
      <div class="panel"><h2>Places</h2><div id="article-map" class="small-map"></div>
        <p class="muted" id="article-map-note"></p></div>
      <div class="panel"><h2>Quotations (${a.quotes.length})</h2><div id="quotes">${a.quotes.map(q => `
        <blockquote data-quote="${esc(q.quote_id)}">${esc(q.text)}<br><span class="muted">— ${esc(q.speaker_name || 'unattributed')}
        ${q.speaker_code ? `<b>${esc(q.speaker_code)}</b>` : ''}${q.cue ? `, ${esc(q.cue)}` : ''}${(q.via || []).length
          ? ', via ' + q.via.map(v => esc(v.name)).join(', ') : ''}${q.audience ? `, to ${esc(q.audience)}` : ''}</span></blockquote>`).join('')
        || '<p class="muted">No quotations.</p>'}</div></div>
      <div class="panel"><h2>Actors (${a.actors.length})</h2><table><tbody>${a.actors.map(x => `
        <tr><td>${esc(x.name)}</td><td><b>${esc(x.code || '')}</b></td><td class="muted">${esc(x.kind || '')}</td></tr>`).join('')
        || '<tr><td class="muted">No actors.</td></tr>'}</tbody></table></div>
    </div></div>`;

  const base = [];
  for (const x of a.actors) {
    for (const [b, e] of x.mentions || []) {
      base.push({begin: b, end: e, cls: 'hl-actor', data: {actor: x.actor_id}});
    }
  }
  for (const q of a.quotes) {
    base.push({begin: q.begin_offset, end: q.end_offset, cls: 'hl-quote', data: {quote: q.quote_id}});
  }
  for (const e of a.events) {
    if (e.trigger_begin != null) {
      base.push({begin: e.trigger_begin, end: e.trigger_end, cls: 'hl-trigger', data: {event: e.event_id}});
    }
  }
  const textDiv = document.getElementById('text');

  function select(eventId) {
    const e = a.events.find(x => x.event_id === eventId);
    const spans = base.slice();
    if (e) {
      for (const [side, cls] of [['source', 'ev-source'], ['target', 'ev-target'], ['trigger', 'ev-trigger'], ['place', 'ev-place']]) {
        if (e[side + '_begin'] != null && e[side + '_begin'] >= 0) {
          spans.push({begin: e[side + '_begin'], end: e[side + '_end'], cls});
        }
      }
    }
    textDiv.innerHTML = highlight(a.text, spans);
    textDiv.querySelectorAll('.hl-trigger').forEach(el => el.onclick = () => select(el.dataset.event));
    document.querySelectorAll('#events tr').forEach(tr => tr.classList.toggle('selected', e && tr.dataset.event === e.event_id));
    if (e) {
      showEvidence(e, actorsById, a.text);
      const mark = textDiv.querySelector('.ev-trigger');
      if (mark) mark.scrollIntoView({block: 'nearest'});
    }
  }
  document.querySelectorAll('#events tr').forEach(tr => tr.onclick = () => select(tr.dataset.event));
  select(query.get('event'));
  await articleMap(a, actorsById);
}

/** Each event of the article on a small map, at its place or its country (see eventPoint). */
async function articleMap(a, actorsById) {
  const world = await worldMap();
  const byPoint = new Map();
  let unplaced = 0;
  for (const e of a.events) {
    const p = eventPoint(e, actorsById, world);
    if (!p) {
      unplaced++;
      continue;
    }
    const key = p.coord.join(',');
    if (!byPoint.has(key)) byPoint.set(key, {...p, events: []});
    byPoint.get(key).events.push(e.event_id);
  }
  const points = [...byPoint.values()];
  document.getElementById('article-map-note').textContent = a.events.length === 0 ? 'No events.'
    : `${a.events.length - unplaced} of ${a.events.length} events placed` + (unplaced ? `; ${unplaced} without a place or country` : '')
      + '. A ring marks a country\'s centre, a dot a geocoded place.';
  const chart = echarts.init(document.getElementById('article-map'));
  chart.setOption({
    tooltip: {formatter: p => `${esc(p.data.label)}: ${p.data.events.map(esc).join(', ')}`},
    geo: {map: 'world', roam: true, ...zoomOn(points.map(p => p.coord)),
          itemStyle: {areaColor: '#eef0f4', borderColor: '#aab'}, emphasis: {disabled: true}},
    series: [{type: 'scatter', coordinateSystem: 'geo', symbolSize: 10,
      data: points.map(p => ({value: p.coord, label: p.label, events: p.events,
        symbol: p.precise ? 'circle' : 'emptyCircle', itemStyle: {color: '#c92a2a', borderWidth: 2}}))}],
  });
}

/** A geo view zoomed to the points: the middle of their box, as near as the box allows. */
function zoomOn(coords) {
  if (!coords.length) return {};
  const xs = coords.map(c => c[0]), ys = coords.map(c => c[1]);
  const w = Math.max(...xs) - Math.min(...xs), h = Math.max(...ys) - Math.min(...ys);
  const zoom = Math.max(1, Math.min(6, 0.6 * Math.min(360 / Math.max(w, 20), 180 / Math.max(h, 10))));
  return {center: [(Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2], zoom};
}

// ---- The world outline, its countries' ISO codes and centres. ----

let worldPromise = null;

/**
 * The world outline (Natural Earth shapes from ECharts' WebJar, unpacked into the jar at build time)
 * registered as ECharts map 'world', and each country's centre by ISO alpha-3 code: the centroid of
 * the country's largest polygon, so France's centre is in France, not pulled towards French Guiana.
 */
function worldMap() {
  if (!worldPromise) {
    worldPromise = Promise.all([fetch('/map/world.json').then(r => r.json()), api('/api/map/countries')])
      .then(([geo, iso]) => {
        echarts.registerMap('world', geo);
        const centres = {};
        for (const f of geo.features) {
          const code = iso[f.properties.name];
          if (code && f.geometry) centres[code] = largestPolygonCentroid(f.geometry);
        }
        return {centres};
      });
  }
  return worldPromise;
}

function largestPolygonCentroid(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = null;
  for (const polygon of polygons) {
    const ring = polygon[0];
    if (!ring || ring.length < 3) continue; // the outline has an empty polygon in China
    let area = 0, cx = 0, cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      area += cross;
      cx += (ring[j][0] + ring[i][0]) * cross;
      cy += (ring[j][1] + ring[i][1]) * cross;
    }
    if (area !== 0 && (!best || Math.abs(area) > best.area)) {
      best = {area: Math.abs(area), centre: [cx / (3 * area), cy / (3 * area)]};
    }
  }
  return best ? best.centre : null;
}

/**
 * Where an event goes on a map: its place's coordinates when geocoding gave them, else the centre
 * of its place's country, else of its source's country, else its target's (an actor's country, or
 * its code's first three letters when they name a country on the map). Null when none is known.
 */
function eventPoint(e, actorsById, world) {
  if (e.place_lat != null && e.place_lon != null) {
    return {coord: [e.place_lon, e.place_lat], precise: true,
            label: [e.place_name, e.place_adm1, e.place_country].filter(Boolean).join(', ')};
  }
  const country = side => {
    const actor = actorsById[e[side + '_actor']] || {};
    return [actor.country, (e[side + '_code'] || '').slice(0, 3)].find(c => c && world.centres[c]);
  };
  const candidates = [[e.place_country, e.place_name || e.place_country], [country('source'), 'source'], [country('target'), 'target']];
  for (const [code, why] of candidates) {
    if (code && world.centres[code]) {
      return {coord: world.centres[code], precise: false,
              label: why === 'source' || why === 'target' ? `${code} (the ${why}'s country)` : `${why} (${code})`};
    }
  }
  return null;
}

function showEvidence(e, actorsById, text) {
  const side = (name, code, t) => `${esc(name || '—')} <b>${esc(code || '')}</b>${t ? ` <span class="muted">“${esc(t)}”</span>` : ''}`;
  const span = (label, b, en) => b != null && b >= 0
    ? `<dt>${label}</dt><dd>[${b}, ${en}) “${esc(text.slice(b, en))}”</dd>` : '';
  const src = actorsById[e.source_actor] || {}, tgt = actorsById[e.target_actor] || {};
  const quad = e.quad ? `${e.quad} (${QUADS[e.quad - 1]})` : '';
  document.getElementById('evidence').innerHTML = `<h2>Evidence for event ${esc(e.event_id)}</h2><dl>
    <dt>source</dt><dd>${side(src.name, e.source_code, e.source_text)}</dd>
    <dt>target</dt><dd>${e.target_code || e.target_text ? side(tgt.name, e.target_code, e.target_text)
      : '<span class="muted">none: a one-sided event</span>'}</dd>
    <dt>CAMEO</dt><dd>${esc(e.cameo)} (root ${esc(e.cameo_root)}), Goldstein ${esc(e.goldstein)}</dd>
    <dt>PLOVER</dt><dd>${esc(e.plover || '—')}, quad ${esc(quad)}</dd>
    <dt>mode</dt><dd>${esc(e.mode)}${(e.contexts || []).length ? ' · contexts ' + esc(e.contexts.join(', ')) : ''}</dd>
    <dt>date</dt><dd>${esc(e.date)}</dd>
    <dt>story</dt><dd>${esc(reports(e))} <span class="muted">${esc(e.story_id || '')}</span></dd>
    <dt>place</dt><dd>${esc(e.place_name || '—')} ${e.place_country ? `<b>${esc(e.place_country)}</b>` : ''}</dd>
    <dt>sentence</dt><dd>${esc(e.sentence)}${e.quote_id ? ` · said in quotation ${esc(e.quote_id)}` : ''}</dd>
    ${span('trigger span', e.trigger_begin, e.trigger_end)}
    ${span('source span', e.source_begin, e.source_end)}
    ${span('target span', e.target_begin, e.target_end)}
    ${span('place span', e.place_begin, e.place_end)}
    <dt>rule</dt><dd><span class="rule" id="rule">${esc(e.rule)}</span></dd>
    ${(e.rules || []).length ? `<dt>rules</dt><dd class="muted">${e.rules.map(esc).join(' · ')}</dd>` : ''}
  </dl>`;
}

// ---- Dyad timeline: monthly events by quad class, mean Goldstein score. ----

async function timelineView(parts, query) {
  if (parts.length < 2) {
    // Open on the store's busiest dyad: a fixed one (USA-JPN) may not be in this store at all.
    const busiest = await api('/api/dyads/busiest');
    if (busiest.source) {
      location.replace(`#/timeline/${encodeURIComponent(busiest.source)}/${encodeURIComponent(busiest.target)}?either=true`);
    } else {
      view.innerHTML = '<h1>Dyad timeline</h1><p class="muted" id="timeline-note">No events between two actors in this store.</p>';
    }
    return;
  }
  const a = parts[0], b = parts[1], either = query.get('either') !== 'false';
  view.innerHTML = `<h1>Dyad timeline</h1>
    <form class="filters" id="dyad">
      <label>Source (actor code)<input name="a" size="10" value="${esc(a)}"></label>
      <label>Target (actor code)<input name="b" size="10" value="${esc(b)}"></label>
      <label>Direction<select name="either"><option value="true" ${either ? 'selected' : ''}>both ways</option>
        <option value="false" ${either ? '' : 'selected'}>source → target only</option></select></label>
      <button>Show</button>
    </form>
    <div id="timeline" class="chart"></div><p class="muted" id="timeline-note"></p>`;
  document.getElementById('dyad').onsubmit = e => {
    e.preventDefault();
    const f = new FormData(e.target);
    location.hash = `#/timeline/${encodeURIComponent(f.get('a').trim().toUpperCase())}/${
      encodeURIComponent(f.get('b').trim().toUpperCase())}?either=${f.get('either')}`;
  };
  const s = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series?either=${either}`);
  const total = s.months.reduce((n, m) => n + m.total, 0);
  document.getElementById('timeline-note').textContent = total
    ? `${total} events ${either ? 'between' : 'from'} ${a} ${either ? 'and' : 'to'} ${b}, by month of the event's date.`
    : `No events ${either ? 'between' : 'from'} ${a} ${either ? 'and' : 'to'} ${b} in this store.`;
  const chart = echarts.init(document.getElementById('timeline'));
  chart.setOption({
    title: {text: `${a} ${either ? '↔' : '→'} ${b}: events per month`, left: 'center', top: 8},
    tooltip: {trigger: 'axis'},
    legend: {top: 40, data: [...QUADS, 'Mean Goldstein']},
    grid: {top: 90, left: 60, right: 70, bottom: 50},
    xAxis: {type: 'category', data: s.months.map(m => m.month)},
    yAxis: [{type: 'value', name: 'events', minInterval: 1},
            {type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: {show: false}}],
    series: [
      ...QUADS.map((q, i) => ({name: q, type: 'bar', stack: 'quad', color: QUAD_COLOURS[i],
                              data: s.months.map(m => m.quad[i])})),
      {name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, color: '#212529', connectNulls: false,
       symbolSize: 7, data: s.months.map(m => m.goldstein == null ? null : +m.goldstein.toFixed(2))},
    ],
  });
  window.addEventListener('resize', () => chart.resize());
}

// ---- Actor network: who acts on whom, by country, or organisation for international actors. ----

async function networkView(_, query) {
  view.innerHTML = `<h1>Actor network</h1><p class="muted">Events between actors: a country's actors are one node
    (the first three letters of their codes), an international or non-state actor is a node of its own (NATO
    IGONAT, the UN IGOUNO, the EU IGOEUR); arrows point from source to target, width by number of events, colour
    by mean Goldstein score (red conflict, blue cooperation). Pick an edge to see its timeline.</p>
    <div id="network" class="chart" style="height: 640px"></div>`;
  const edges = await api('/api/network?limit=' + (query.get('limit') || 120));
  if (edges.length === 0) {
    document.getElementById('network').outerHTML = '<p class="muted">No events in this store.</p>';
    return;
  }
  const degree = {}, names = {};
  for (const e of edges) {
    degree[e.source] = (degree[e.source] || 0) + e.events;
    degree[e.target] = (degree[e.target] || 0) + e.events;
    names[e.source] = names[e.source] || e.source_name;
    names[e.target] = names[e.target] || e.target_name;
  }
  const max = Math.max(1, ...edges.map(e => e.events));
  const maxDeg = Math.max(1, ...Object.values(degree));
  const nodes = Object.entries(degree).map(([name, n]) => ({name, value: n, fullName: names[name] || '',
    symbolSize: 10 + 40 * Math.sqrt(n / maxDeg)}));
  const links = edges.map(e => ({source: e.source, target: e.target, value: e.events,
    goldstein: e.goldstein == null ? '' : e.goldstein.toFixed(2),
    lineStyle: {width: 1 + 7 * e.events / max, curveness: 0.15, opacity: 0.7,
      color: e.goldstein == null ? '#999' : e.goldstein < 0 ? '#e03131' : '#1971c2'}}));
  const chart = echarts.init(document.getElementById('network'));
  const series = {type: 'graph', roam: true, draggable: true, left: 60, right: 60, top: 40, bottom: 40,
    edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7, label: {show: true, fontSize: 11}, links};
  // The force layout runs to its end first (no animation); its positions are then laid out again as
  // fixed points, which ECharts fits into the panel, so no node is cut at an edge.
  chart.setOption({series: [{...series, layout: 'force', data: nodes,
    force: {repulsion: 260, edgeLength: [60, 200], layoutAnimation: false}}]});
  const data = chart.getModel().getSeriesByIndex(0).getData();
  const placed = nodes.map((n, i) => {
    const [x, y] = data.getItemLayout(i);
    return {...n, x, y};
  });
  chart.setOption({
    tooltip: {formatter: p => p.dataType === 'edge'
      ? `${esc(p.data.source)} → ${esc(p.data.target)}: ${p.data.value} events, mean Goldstein ${p.data.goldstein}`
      : `${esc(p.data.name)}${p.data.fullName ? ' (' + esc(p.data.fullName) + ')' : ''}: ${p.data.value} events`},
    series: [{...series, layout: 'none', data: placed}],
  }, {replaceMerge: ['series']});
  chart.on('click', p => {
    if (p.dataType === 'edge') location.hash = `#/timeline/${p.data.source}/${p.data.target}?either=false`;
  });
  window.addEventListener('resize', () => chart.resize());
}

// ---- Map: events by place, with the timeline's filters. ----

async function mapView(parts, query) {
  const a = parts[0] || '', b = parts[1] || '', either = query.get('either') !== 'false';
  view.innerHTML = `<h1>Map</h1>
    <form class="filters" id="map-filter">
      <label>Source (actor code)<input name="a" size="10" value="${esc(a)}" placeholder="any"></label>
      <label>Target (actor code)<input name="b" size="10" value="${esc(b)}" placeholder="any"></label>
      <label>Direction<select name="either"><option value="true" ${either ? 'selected' : ''}>both ways</option>
        <option value="false" ${either ? '' : 'selected'}>source → target only</option></select></label>
      <button>Show</button>
    </form>
    <div id="map" class="chart" style="height: 560px"></div><p class="muted" id="map-note"></p>
    <table id="places"><thead><tr><th>place</th><th>country</th><th>events</th><th>placed by</th>
      <th>mean Goldstein</th></tr></thead><tbody></tbody></table>`;
  document.getElementById('map-filter').onsubmit = e => {
    e.preventDefault();
    const f = new FormData(e.target);
    const [x, y] = [f.get('a'), f.get('b')].map(v => encodeURIComponent(v.trim().toUpperCase()));
    location.hash = x && y ? `#/map/${x}/${y}?either=${f.get('either')}` : x ? `#/map/${x}` : '#/map';
  };
  const p = new URLSearchParams();
  if (a && b) {
    p.set('dyad', `${a},${b}`);
    if (either) p.set('either', 'true');
  } else if (a) {
    p.set('actor', a);
  }
  const [world, res] = await Promise.all([worldMap(), api('/api/places?' + p)]);
  const how = {coords: 'geocoded place', place_country: "the place's country", source_country: "the source's country",
               target_country: "the target's country"};
  const points = res.points.map(pt => ({...pt, coord: pt.lat != null && pt.lon != null ? [pt.lon, pt.lat] : world.centres[pt.country]}))
    .filter(pt => pt.coord);
  const drawn = points.reduce((n, pt) => n + pt.events, 0);
  const what = a && b ? `${either ? 'between' : 'from'} ${a} ${either ? 'and' : 'to'} ${b}` : a ? `of ${a}` : 'in this store';
  document.getElementById('map-note').textContent = res.events === 0 ? `No events ${what}.`
    : `${res.events} events ${what}: ${drawn} on the map, ${res.unplaced} with no place or country`
      + (res.events - res.unplaced - drawn ? `, ${res.events - res.unplaced - drawn} in a country the outline lacks` : '')
      + '. A dot is a geocoded place, a ring the centre of a country (the place\'s, else the source\'s or target\'s).';
  document.querySelector('#places tbody').innerHTML = res.points.slice(0, 30).map(pt => `<tr>
    <td>${esc(pt.name || '—')}${pt.adm1 ? ', ' + esc(pt.adm1) : ''}</td><td><b>${esc(pt.country || '')}</b></td>
    <td>${pt.events}</td><td>${esc(how[pt.basis])}</td><td>${pt.goldstein == null ? '' : pt.goldstein.toFixed(2)}</td></tr>`).join('')
    || '<tr><td colspan="5" class="muted">No events with a place.</td></tr>';
  const maxEvents = Math.max(1, ...points.map(pt => pt.events));
  const chart = echarts.init(document.getElementById('map'));
  chart.setOption({
    tooltip: {formatter: q => `${esc(q.data.label)}: ${q.data.events} events (${esc(how[q.data.basis])})`
      + (q.data.goldstein == null ? '' : `, mean Goldstein ${q.data.goldstein.toFixed(2)}`)},
    geo: {map: 'world', roam: true, itemStyle: {areaColor: '#eef0f4', borderColor: '#aab'}, emphasis: {disabled: true}},
    series: [{type: 'scatter', coordinateSystem: 'geo', name: 'events',
      data: points.map(pt => ({value: [...pt.coord, pt.events], events: pt.events, basis: pt.basis, goldstein: pt.goldstein,
        label: [pt.name, pt.adm1, pt.country].filter(Boolean).join(', '),
        symbol: pt.basis === 'coords' ? 'circle' : 'emptyCircle',
        symbolSize: 6 + 30 * Math.sqrt(pt.events / maxEvents),
        itemStyle: {borderWidth: 2, color: pt.goldstein == null ? '#868e96' : pt.goldstein < 0 ? '#e03131' : '#1971c2'}}))}],
  });
  window.addEventListener('resize', () => chart.resize());
}

// ---- Quotations by speaker. ----

async function quotesView(_, query) {
  const speaker = query.get('speaker') || '', page = parseInt(query.get('page') || '0', 10);
  view.innerHTML = `<h1>Quotations by speaker</h1>
    <form class="filters" id="speaker"><label>Speaker (code or name)<input name="speaker" value="${esc(speaker)}"></label>
    <button>Show</button></form><div id="by-speaker"></div>`;
  document.getElementById('speaker').onsubmit = e => {
    e.preventDefault();
    const v = new FormData(e.target).get('speaker').trim();
    location.hash = '#/quotes' + (v ? '?speaker=' + encodeURIComponent(v) : '');
  };
  const p = new URLSearchParams({page, size: 100});
  if (speaker) p.set('speaker', speaker);
  const res = await api('/api/quotes?' + p);
  const out = document.getElementById('by-speaker');
  let last = null, html = '';
  for (const q of res.items) {
    const who = q.speaker_name || 'unattributed';
    if (who !== last) {
      html += `<h2 class="speaker">${esc(who)} ${q.speaker_code ? `<b>${esc(q.speaker_code)}</b>` : ''}</h2>`;
      last = who;
    }
    html += `<blockquote>${esc(q.text)}<br><span class="muted">${esc(q.date)} ·
      <a href="#/article/${encodeURIComponent(q.article_id)}">${esc(q.title || q.article_id)}</a>${q.cue ? ' · ' + esc(q.cue) : ''}${
      (q.via || []).length ? ' · via ' + q.via.map(v => esc(v.name)).join(', ') : ''}</span></blockquote>`;
  }
  out.innerHTML = html || '<p class="muted">No quotations.</p>';
  out.append(pager(page, 100, res.total, n => { query.set('page', n); location.hash = '#/quotes?' + query; }));
}
