// One event in full: its facts and every mention's evidence with the parts highlighted.
import { api, esc, quadBadge, fmtGold, segmentsHtml, QUAD } from './util.js';

export async function showDetail(id) {
  const box = document.getElementById('detail-body');
  box.innerHTML = '<p class="hint">Loading…</p>';
  let e;
  try {
    e = await api(`/api/events/${encodeURIComponent(id)}`);
  } catch (err) {
    box.innerHTML = `<p class="error">${esc(err.message)}</p>`;
    return;
  }
  const name = (a) => (a ? `${esc(a.name)} <span class="code muted">${esc(a.code)}</span>` : '—');
  const mentions = e.mentions.map((m) => `
    <p class="sentence">${segmentsHtml(m.segments, m.evidence.text)}</p>
    <div class="mention-meta">${esc(m.outlet)} · ${esc(m.doc_id)}${m.reported_by ? ` · according to ${esc(m.reported_by.name)}` : ''}
      · <span class="code">${esc(m.pattern)}</span></div>`).join('');
  box.innerHTML = `
    <div class="detail-title">${name(e.source)} → ${name(e.target)}</div>
    <div>${quadBadge(e.quad_class)} <strong>${esc(e.cameo_name || e.plover)}</strong> <span class="code muted">CAMEO ${esc(e.cameo)} · ${esc(e.plover)}</span></div>
    <dl class="facts">
      <dt>Date</dt><dd>${esc(e.date || 'unknown')} <span class="muted">(${esc(e.date_precision)})</span></dd>
      <dt>Goldstein</dt><dd>${fmtGold(e.goldstein)} · ${esc(QUAD[e.quad_class]?.name || '')}</dd>
      <dt>Reports</dt><dd>${e.num_mentions} mention(s), ${e.num_sources} source(s), ${e.num_articles} article(s)</dd>
    </dl>
    ${mentions}`;
}
