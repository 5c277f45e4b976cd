// Where events happen, drawn offline from world-atlas: event locations as points when the
// events carry them; countries shaded by the events their actors belong to.
import { select } from 'd3-selection';
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
import { feature } from 'topojson-client';
import { esc, showTip, hideTip } from './util.js';

let world = null, countries = null;

async function loadWorld() {
  if (!world) {
    const [topo, table] = await Promise.all([
      fetch('world-110m.json').then((r) => r.json()),
      fetch('countries.json').then((r) => r.json()),
    ]);
    world = feature(topo, topo.objects.countries);
    countries = table;
  }
}

export async function drawMap(el, places) {
  await loadWorld();
  el.innerHTML = '';
  const W = Math.max(el.clientWidth, 320), H = Math.round(W * 0.52);
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], { type: 'Sphere' });
  const path = geoPath(projection);
  const byId = new Map();  // world-atlas id -> {iso3, events}
  for (const c of places.countries) {
    const info = countries[c.iso3];
    if (info) byId.set(info.id, { ...c, name: info.name });
  }
  const top = Math.max(1, ...places.countries.map((c) => c.events));
  const shade = scaleSqrt().domain([0, top]).range(['#dbe6f5', '#1f4fb8']);

  const svg = select(el).append('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'img').attr('aria-label', 'world map of events');
  svg.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
  svg.append('path').attr('d', path(geoGraticule10())).attr('fill', 'none').attr('stroke', '#dde5ee').attr('stroke-width', 0.5);
  svg.append('g').selectAll('path').data(world.features).join('path')
    .attr('class', (f) => (byId.has(f.id) ? 'country has-events' : 'country'))
    .attr('data-iso3', (f) => byId.get(f.id)?.iso3 || null)
    .attr('d', path)
    .attr('fill', (f) => (byId.has(f.id) ? shade(byId.get(f.id).events) : '#f4f6f8'))
    .on('mousemove', (ev, f) => {
      const c = byId.get(f.id);
      showTip(ev, `<b>${esc(c ? c.name : f.properties.name)}</b>${c ? `<br>${c.events} event(s)` : ''}`);
    })
    .on('mouseleave', hideTip);

  const points = places.points || [];
  if (points.length) {
    const r = scaleSqrt().domain([1, Math.max(...points.map((p) => p.events))]).range([3.5, 12]);
    svg.append('g').selectAll('circle').data(points).join('circle')
      .attr('class', 'place')
      .attr('cx', (p) => projection([p.lon, p.lat])[0]).attr('cy', (p) => projection([p.lon, p.lat])[1])
      .attr('r', (p) => r(p.events)).attr('fill', '#d64545').attr('fill-opacity', 0.8).attr('stroke', '#fff')
      .on('mousemove', (ev, p) => showTip(ev, `<b>${esc(p.name)}</b>${p.country ? ` (${esc(p.country)})` : ''}<br>${p.events} event(s)`))
      .on('mouseleave', hideTip);
  }
  document.getElementById('map-note').textContent = points.length
    ? `${points.length} place(s) · countries shaded by their actors' events`
    : `countries shaded by their actors' events (${places.events} event(s))`;
}
