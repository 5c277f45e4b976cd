// Small helpers shared by the views: API calls, escaping, quad colours, the tooltip.
export const QUAD = {
  1: { name: 'verbal cooperation', color: '#2a9d8f' },
  2: { name: 'material cooperation', color: '#3a7bd5' },
  3: { name: 'verbal conflict', color: '#e9a23b' },
  4: { name: 'material conflict', color: '#d64545' },
};

// GET or POST a JSON route; throws an Error carrying the API's message.
export async function api(path, body) {
  const init = body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  };
  const res = await fetch(path, init);
  let data = null;
  try { data = await res.json(); } catch { /* not JSON */ }
  if (!res.ok) throw new Error((data && data.error) || `${res.status} ${res.statusText}`);
  return data;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== undefined && v !== null) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function quadBadge(q) {
  const info = QUAD[q];
  return info ? `<span class="badge q${q}" title="${esc(info.name)}">Q${q}</span>` : '';
}

// The evidence sentence with its segments marked (source, target, trigger, date).
export function segmentsHtml(segments, fallback) {
  if (!segments || !segments.length) return esc(fallback || '');
  return segments.map((s) => (s.kind ? `<mark class="${esc(s.kind)}">${esc(s.text)}</mark>` : esc(s.text))).join('');
}

const tip = () => document.getElementById('tooltip');
export function showTip(event, html) {
  const t = tip();
  t.innerHTML = html;
  t.hidden = false;
  t.style.left = `${event.clientX + 12}px`;
  t.style.top = `${event.clientY + 12}px`;
}
export function hideTip() { tip().hidden = true; }

export function fmtGold(g) { return (g > 0 ? '+' : '') + Number(g).toFixed(1); }
