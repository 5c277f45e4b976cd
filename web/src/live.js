// Paste a story, see its events coded live (POST /api/code); nothing is stored.
import { api, esc, quadBadge, fmtGold, segmentsHtml } from './util.js';

export function setupLive() {
  const form = document.getElementById('live');
  const out = document.getElementById('live-out');
  const error = document.getElementById('live-error');
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    const text = document.getElementById('live-text').value;
    const date = document.getElementById('live-date').value;
    if (!text.trim()) { error.textContent = 'Paste a story first.'; return; }
    out.innerHTML = '<p class="hint">Coding…</p>';
    try {
      const data = await api('/api/code', date ? { text, date } : { text });
      out.innerHTML = `<p class="muted">${data.events.length} event(s) in ${data.sentences} sentence(s)</p>` +
        data.events.map((e) => `<div class="live-event">
          <div class="triple">${quadBadge(e.quad_class)} <span class="code">${esc(e.source?.code || e.source?.name || '?')}</span> → <span class="code">${esc(e.target?.code || e.target?.name || '—')}</span>
            · ${esc(e.cameo_name || e.plover)} <span class="code muted">${esc(e.cameo)} · ${fmtGold(e.goldstein)} · ${esc(e.date || 'no date')}</span></div>
          <div class="sentence">${segmentsHtml(e.segments, e.evidence.text)}</div></div>`).join('');
    } catch (err) {
      out.innerHTML = '';
      error.textContent = err.message;
    }
  });
}
