// The events table: one page of merged events for the filters; a row opens its evidence.
import { api, esc, query, quadBadge, fmtGold } from './util.js';

const PAGE = 25;

export class EventsView {
  constructor(onSelect) {
    this.onSelect = onSelect;
    this.offset = 0;
    this.filters = {};
    this.body = document.querySelector('#events tbody');
    document.getElementById('prev').addEventListener('click', () => this.load(Math.max(0, this.offset - PAGE)));
    document.getElementById('next').addEventListener('click', () => this.load(this.offset + PAGE));
  }

  async show(filters) {
    this.filters = filters;
    return this.load(0);
  }

  async load(offset) {
    const data = await api(`/api/events${query({ ...this.filters, limit: PAGE, offset })}`);
    this.offset = offset;
    this.body.innerHTML = '';
    for (const e of data.events) this.body.appendChild(this.row(e));
    document.getElementById('events-empty').hidden = data.events.length > 0;
    document.getElementById('prev').disabled = offset === 0;
    document.getElementById('next').disabled = !data.has_more;
    document.getElementById('page-info').textContent =
      data.events.length ? `${offset + 1}–${offset + data.events.length}` : '';
    return data.events;
  }

  row(e) {
    const tr = document.createElement('tr');
    tr.dataset.id = e.id;
    const m = e.mentions && e.mentions[0];
    const ev = m ? m.evidence.text : '';
    const actor = (a) => (a ? `<span class="code">${esc(a.code)}</span><span class="actor-name">${esc(a.name)}</span>` : '<span class="muted">—</span>');
    tr.innerHTML = `<td class="code date">${esc(e.date || '?')}</td><td>${actor(e.source)}</td><td>${actor(e.target)}</td>
      <td>${quadBadge(e.quad_class)} <span class="code">${esc(e.cameo)}</span><span class="plover">${esc(e.cameo_name || e.plover)}</span></td>
      <td class="num">${fmtGold(e.goldstein)}</td>
      <td class="num">${e.num_mentions}/${e.num_sources}/${e.num_articles}</td>
      <td class="evidence">${esc(ev.length > 140 ? `${ev.slice(0, 137)}…` : ev)}</td>`;
    tr.addEventListener('click', () => {
      for (const r of this.body.querySelectorAll('tr.selected')) r.classList.remove('selected');
      tr.classList.add('selected');
      this.onSelect(e.id);
    });
    return tr;
  }
}
