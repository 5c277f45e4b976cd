// The dyad timeline: cooperation (quad 1, 2) above the axis, conflict (quad 3, 4) below,
// per period, and the mean Goldstein score as a line on its own scale (-10..10).
import { select } from 'd3-selection';
import { scaleBand, scaleLinear } from 'd3-scale';
import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import { line } from 'd3-shape';
import { max } from 'd3-array';
import { QUAD, esc, showTip, hideTip, fmtGold } from './util.js';

export function drawTimeline(el, points) {
  el.innerHTML = '';
  if (!points.length) {
    el.innerHTML = '<p class="empty">No dated events for this dyad at this resolution.</p>';
    return;
  }
  const W = Math.max(el.clientWidth, 320), H = 240;
  const m = { top: 14, right: 40, bottom: 44, left: 36 };
  const svg = select(el).append('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'img')
    .attr('aria-label', 'conflict and cooperation over time');
  // Bars at most 48 px wide: a short series sits in the middle rather than in fat blocks.
  const span = Math.min(W - m.left - m.right, points.length * 64);
  const x0 = m.left + (W - m.left - m.right - span) / 2;
  const x = scaleBand().domain(points.map((p) => p.period)).range([x0, x0 + span]).padding(0.25);
  const top = max(points, (p) => Math.max(p.quad1 + p.quad2, p.quad3 + p.quad4)) || 1;
  const y = scaleLinear().domain([-top, top]).nice().range([H - m.bottom, m.top]);
  const g = scaleLinear().domain([-10, 10]).range([H - m.bottom, m.top]);

  const stacks = [
    { key: 'quad1', base: () => 0, sign: 1 },
    { key: 'quad2', base: (p) => p.quad1, sign: 1 },
    { key: 'quad3', base: () => 0, sign: -1 },
    { key: 'quad4', base: (p) => p.quad3, sign: -1 },
  ];
  for (const s of stacks) {
    const q = Number(s.key.slice(4));
    svg.append('g').selectAll('rect').data(points.filter((p) => p[s.key] > 0)).join('rect')
      .attr('class', `bar q${q}`)
      .attr('x', (p) => x(p.period)).attr('width', x.bandwidth())
      .attr('y', (p) => (s.sign > 0 ? y(s.base(p) + p[s.key]) : y(-s.base(p))))
      .attr('height', (p) => Math.abs(y(0) - y(p[s.key])))
      .attr('fill', QUAD[q].color).attr('rx', 2)
      .on('mousemove', (ev, p) => showTip(ev, `<b>${esc(p.period)}</b><br>${p[s.key]} ${QUAD[q].name}`))
      .on('mouseleave', hideTip);
  }
  svg.append('line').attr('x1', m.left).attr('x2', W - m.right).attr('y1', y(0)).attr('y2', y(0)).attr('stroke', '#9aa3ad');
  const withEvents = points.filter((p) => p.events > 0);
  svg.append('path').datum(withEvents)
    .attr('fill', 'none').attr('stroke', '#111827').attr('stroke-width', 1.6).attr('stroke-dasharray', '4 3')
    .attr('d', line().x((p) => x(p.period) + x.bandwidth() / 2).y((p) => g(p.goldstein_mean)));
  svg.append('g').selectAll('circle').data(withEvents).join('circle')
    .attr('class', 'gold-dot')
    .attr('cx', (p) => x(p.period) + x.bandwidth() / 2).attr('cy', (p) => g(p.goldstein_mean)).attr('r', 3.5)
    .attr('fill', '#111827')
    .on('mousemove', (ev, p) => showTip(ev, `<b>${esc(p.period)}</b><br>${p.events} event(s), mean Goldstein ${fmtGold(p.goldstein_mean)}`))
    .on('mouseleave', hideTip);

  const every = Math.ceil(points.length / Math.max(1, Math.floor((W - m.left - m.right) / 70)));
  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${H - m.bottom})`)
    .call(axisBottom(x).tickValues(x.domain().filter((_, i) => i % every === 0)).tickSizeOuter(0));
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${m.left},0)`)
    .call(axisLeft(y).ticks(5).tickFormat((v) => Math.abs(v)));
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${W - m.right},0)`)
    .call(axisRight(g).ticks(5));
  svg.append('text').attr('x', m.left).attr('y', H - 8).attr('class', 'axis-note').attr('fill', '#6b7480').attr('font-size', 10)
    .text('bars: events (cooperation up, conflict down) · dashed: mean Goldstein (right axis)');
}
