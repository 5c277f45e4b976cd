// Who acts on whom: actors as nodes (size: events), directed edges coloured by the mean
// Goldstein score of their events (red: conflict, grey: neutral, green: cooperation).
import { select } from 'd3-selection';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { forceSimulation, forceLink, forceManyBody, forceCollide, forceX, forceY } from 'd3-force';
import { esc, showTip, hideTip, fmtGold } from './util.js';

export const goldColor = scaleLinear().domain([-10, 0, 10]).range(['#d64545', '#a3aab3', '#2a9d8f']).clamp(true);

export function drawNetwork(el, data) {
  el.innerHTML = '';
  if (!data.edges.length) {
    el.innerHTML = '<p class="empty">No actor pairs for these filters.</p>';
    return;
  }
  const W = Math.max(el.clientWidth, 320), H = 360;
  const nodes = data.nodes.map((n) => ({ ...n }));
  const links = data.edges.map((e) => ({ ...e }));
  const r = scaleSqrt().domain([1, Math.max(...nodes.map((n) => n.events))]).range([6, 22]);
  const w = scaleLinear().domain([1, Math.max(...links.map((l) => l.events))]).range([1.5, 6]);
  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id((n) => n.id).distance(110))
    .force('charge', forceManyBody().strength(-360))
    .force('x', forceX(W / 2).strength(0.07))
    .force('y', forceY(H / 2).strength(0.12))
    .force('collide', forceCollide((n) => r(n.events) + 14))
    .stop();
  for (let i = 0; i < 300; ++i) sim.tick();  // laid out at once: the picture does not move
  // Fit the layout into the box, leaving room for the labels.
  const pad = 34;
  const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min(1.4, (W - 2 * pad) / Math.max(1, x1 - x0), (H - 2 * pad - 10) / Math.max(1, y1 - y0));
  for (const n of nodes) {
    n.x = W / 2 + (n.x - (x0 + x1) / 2) * k;
    n.y = H / 2 + 8 + (n.y - (y0 + y1) / 2) * k;
  }

  const svg = select(el).append('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'img').attr('aria-label', 'actor network');
  const defs = svg.append('defs');
  links.forEach((l, i) => {
    defs.append('marker').attr('id', `arrow${i}`).attr('viewBox', '0 -5 10 10').attr('refX', 10).attr('refY', 0)
      .attr('markerUnits', 'userSpaceOnUse').attr('markerWidth', 9).attr('markerHeight', 9).attr('orient', 'auto')
      .append('path').attr('d', 'M0,-5L10,0L0,5').attr('fill', goldColor(l.goldstein_mean));
  });
  // Curved edges so that A->B and B->A do not overlap; they stop at the target's rim.
  const path = (l) => {
    const dx = l.target.x - l.source.x, dy = l.target.y - l.source.y, d = Math.hypot(dx, dy) || 1;
    const tr = r(l.target.events) + 3;
    const tx = l.target.x - (dx / d) * tr, ty = l.target.y - (dy / d) * tr;
    return `M${l.source.x},${l.source.y}A${d * 1.6},${d * 1.6} 0 0,1 ${tx},${ty}`;
  };
  svg.append('g').selectAll('path').data(links).join('path')
    .attr('class', 'edge').attr('d', path).attr('fill', 'none')
    .attr('stroke', (l) => goldColor(l.goldstein_mean)).attr('stroke-width', (l) => w(l.events))
    .attr('marker-end', (_, i) => `url(#arrow${i})`).attr('opacity', 0.9)
    .on('mousemove', (ev, l) => showTip(ev, `<b>${esc(l.source.id)} → ${esc(l.target.id)}</b><br>${l.events} event(s), mean Goldstein ${fmtGold(l.goldstein_mean)}`))
    .on('mouseleave', hideTip);
  const node = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', 'node')
    .attr('transform', (n) => `translate(${n.x},${n.y})`);
  node.append('circle').attr('r', (n) => r(n.events)).attr('fill', '#fff').attr('stroke', '#111827').attr('stroke-width', 1.5)
    .on('mousemove', (ev, n) => showTip(ev, `<b>${esc(n.id)}</b> ${esc(n.name)}<br>${n.events} event(s)`))
    .on('mouseleave', hideTip);
  node.append('text').attr('dy', (n) => -r(n.events) - 4).attr('text-anchor', 'middle').text((n) => n.id);
}
