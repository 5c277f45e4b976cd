// The dashboard: filters drive every view; the page marks <body data-state="ready"> when
// all views have drawn (the end-to-end tests wait for it).
import { api, query, esc } from './util.js';
import { EventsView } from './events.js';
import { showDetail } from './detail.js';
import { drawTimeline } from './timeline.js';
import { drawNetwork } from './network.js';
import { drawMap } from './map.js';
import { setupLive } from './live.js';

const form = document.getElementById('filters');
const events = new EventsView((id) => showDetail(id));
let timelineDyad = null;  // [a, b]
let generation = 0;

function readFilters() {
  const f = Object.fromEntries(new FormData(form).entries());
  const out = {};
  for (const k of ['actor', 'country', 'quad', 'root', 'from', 'to', 'text']) if (f[k]) out[k] = f[k].trim();
  const a = (f.dyad_a || '').trim(), b = (f.dyad_b || '').trim();
  if (a || b) {
    if (!a || !b) throw new Error('A dyad needs both sides.');
    out.dyad = `${a},${b}`;
  }
  return out;
}

async function drawSeries(filters) {
  const el = document.getElementById('timeline');
  const by = document.getElementById('timeline-by').value;
  document.getElementById('timeline-dyad').textContent = timelineDyad ? `${timelineDyad[0]} ↔ ${timelineDyad[1]}` : '';
  if (!timelineDyad) {
    el.innerHTML = '<p class="empty">No dyad to draw.</p>';
    return;
  }
  const { dyad, ...rest } = filters;
  const data = await api(`/api/series${query({ ...rest, dyad: timelineDyad.join(','), by })}`);
  drawTimeline(el, data.points);
}

function drawDyadChips(dyads, filters) {
  const box = document.getElementById('dyad-list');
  box.innerHTML = '';
  for (const d of dyads.by_volume.slice(0, 8)) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'chip' + (timelineDyad && timelineDyad[0] === d.a && timelineDyad[1] === d.b ? ' active' : '');
    b.innerHTML = `${esc(d.a)} ↔ ${esc(d.b)}<span class="n">${d.events}</span>`;
    b.title = `${d.cooperation} cooperation, ${d.conflict} conflict, mean Goldstein ${d.goldstein_mean}`;
    b.addEventListener('click', async () => {
      timelineDyad = [d.a, d.b];
      drawDyadChips(dyads, filters);
      await drawSeries(filters);
    });
    box.appendChild(b);
  }
}

async function refresh() {
  const mine = ++generation;
  document.body.dataset.state = 'loading';
  const error = document.getElementById('filter-error');
  error.textContent = '';
  try {
    const filters = readFilters();
    const [health, list, dyads, network, places] = await Promise.all([
      api('/api/health'),
      events.show(filters),
      api(`/api/dyads${query({ ...filters, limit: 10 })}`),
      api(`/api/network${query({ ...filters, limit: 60 })}`),
      api(`/api/places${query(filters)}`),
    ]);
    if (mine !== generation) return;
    document.getElementById('stats').textContent =
      `${health.events} events · ${health.mentions} mentions · ${health.documents} documents`;
    if (filters.dyad) timelineDyad = filters.dyad.split(',').map((s) => s.toUpperCase());
    else if (!timelineDyad || !dyads.by_volume.some((d) => d.a === timelineDyad[0] && d.b === timelineDyad[1]))
      timelineDyad = dyads.by_volume.length ? [dyads.by_volume[0].a, dyads.by_volume[0].b] : null;
    drawDyadChips(dyads, filters);
    await drawSeries(filters);
    drawNetwork(document.getElementById('network'), network);
    await drawMap(document.getElementById('map'), places);
    if (list.length) await showDetail(list[0].id).then(() => document.querySelector('#events tbody tr')?.classList.add('selected'));
    else document.getElementById('detail-body').innerHTML = '<p class="hint">No event selected.</p>';
    if (mine === generation) document.body.dataset.state = 'ready';
  } catch (err) {
    error.textContent = err.message;
    document.body.dataset.state = 'error';
  }
}

form.addEventListener('submit', (ev) => { ev.preventDefault(); refresh(); });
document.getElementById('reset-filters').addEventListener('click', () => { form.reset(); refresh(); });
document.getElementById('timeline-by').addEventListener('change', async () => {
  try { await drawSeries(readFilters()); } catch (err) { document.getElementById('filter-error').textContent = err.message; }
});

// Actor suggestions from the store and the dictionaries.
let suggestTimer = null;
form.elements.actor.addEventListener('input', () => {
  clearTimeout(suggestTimer);
  const q = form.elements.actor.value.trim();
  if (q.length < 2) return;
  suggestTimer = setTimeout(async () => {
    try {
      const data = await api(`/api/actors${query({ q, limit: 12 })}`);
      const list = document.getElementById('actor-list');
      const seen = new Set();
      list.innerHTML = [...data.stored, ...data.dictionary]
        .filter((a) => !seen.has(a.code) && seen.add(a.code))
        .map((a) => `<option value="${esc(a.code)}">${esc(a.name)}</option>`).join('');
    } catch { /* suggestions are optional */ }
  }, 200);
});

setupLive();
refresh();
