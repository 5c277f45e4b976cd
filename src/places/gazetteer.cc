// Loading the gazetteer: the generated TSV and the hand-written tables of data/places.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "places/internal.h"

namespace dyad::places {

const char* PrecisionName(Precision p) {
  switch (p) {
    case Precision::kCountry: return "country";
    case Precision::kAdmin1: return "admin1";
    case Precision::kCity: return "city";
    case Precision::kRegion: return "region";
  }
  return "city";
}

std::string DefaultGazetteerPath() {
  if (const char* env = std::getenv("DYAD_GAZETTEER"); env && *env) return env;
#ifdef DYAD_GAZETTEER_PATH
  return DYAD_GAZETTEER_PATH;
#else
  return "gazetteer.tsv";
#endif
}

std::string DefaultPlacesDir() {
  if (const char* env = std::getenv("DYAD_DATA_DIR"); env && *env) return std::string(env) + "/places";
#ifdef DYAD_DATA_DIR
  return std::string(DYAD_DATA_DIR) + "/places";
#else
  return "data/places";
#endif
}

// ------------------------------------------------------------------ names

namespace {

// Latin-1 Supplement U+00C0..U+00FF and Latin Extended-A U+0100..U+017F, folded to lower
// case ASCII; "" for signs (×, ÷), two letters for ligatures.
const char* FoldLatin(uint32_t cp) {
  static const char* const kC0[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};
  static const char kExtA[] =
      "aaaaaaccccccccdd"   // U+0100
      "ddeeeeeeeeeegggg"   // U+0110
      "gggghhhhiiiiiiii"   // U+0120
      "iijjjjkkklllllll"   // U+0130
      "lllnnnnnnnnnoooo"   // U+0140
      "oooorrrrrrssssss"   // U+0150
      "ssttttttuuuuuuuu"   // U+0160
      "uuuuwwyyyzzzzzzs";  // U+0170
  static char one[128][2];
  static bool init = [] {
    for (int i = 0; i < 128; ++i) { one[i][0] = kExtA[i]; one[i][1] = 0; }
    return true;
  }();
  (void)init;
  if (cp >= 0xC0 && cp <= 0xFF) return kC0[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) {
    if (cp == 0x152 || cp == 0x153) return "oe";
    if (cp == 0x132 || cp == 0x133) return "ij";
    return one[cp - 0x100];
  }
  return nullptr;
}

}  // namespace

std::string NormalizeName(std::string_view s) {
  std::string out;
  NormalizeNameInto(s, out);
  return out;
}

void NormalizeNameInto(std::string_view s, std::string& out) {
  // Most tokens are ASCII letters and digits only: written lower-cased in place, without
  // a push_back (and its capacity test) per byte. Any other byte starts over below.
  out.resize(s.size());
  size_t plain = 0;
  for (; plain < s.size(); ++plain) {
    const unsigned char c = static_cast<unsigned char>(s[plain]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out[plain] = static_cast<char>(c);
    else if (c >= 'A' && c <= 'Z') out[plain] = static_cast<char>(c - 'A' + 'a');
    else break;
  }
  if (plain == s.size()) return;
  out.clear();
  out.reserve(s.size());
  bool space = false;
  auto sep = [&] { space = !out.empty(); };
  auto put = [&](std::string_view piece) {
    if (space) out.push_back(' ');
    space = false;
    out.append(piece);
  };
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        if (space) out.push_back(' ');
        space = false;
        out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
      } else {
        sep();
      }
      ++i;
      continue;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + len > s.size()) len = s.size() - i;
    uint32_t cp = 0;
    if (len == 2) cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
    if (len == 3)
      cp = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
           (static_cast<unsigned char>(s[i + 2]) & 0x3F);
    if (const char* f = FoldLatin(cp)) {
      if (*f) put(f); else sep();
    } else if ((cp >= 0x2000 && cp <= 0x206F) || cp == 0x2BB || cp == 0x2BC || cp == 0xA0 ||
               (cp >= 0x80 && cp < 0xC0)) {
      sep();  // general punctuation (’ “ – …), modifier apostrophes, no-break space
    } else {
      put(s.substr(i, len));  // another script: kept as written
    }
    i += len;
  }
}

size_t KeyWords(std::string_view key) {
  if (key.empty()) return 0;
  size_t n = 1;
  for (char c : key) n += c == ' ';
  return n;
}

// ------------------------------------------------------------------ Impl

uint64_t KeyHash(std::string_view key) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a, 64 bits
  for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
  return h;
}

uint32_t Gazetteer::Impl::Admin1Id(std::string_view name) {
  if (name.empty()) return 0;
  auto [it, fresh] = admin1_ids.try_emplace(name, static_cast<uint32_t>(admin1s.size()));
  if (fresh) admin1s.emplace_back(name);
  return it->second;
}

void Gazetteer::Impl::AddKey(std::string_view key, uint32_t entry, How how) {
  if (key.empty()) return;
  hits.push_back(Hit{KeyHash(key), entry, how});
  size_t w = KeyWords(key);
  if (w > max_words) max_words = w;
}

void Gazetteer::Impl::SortHits() {
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    if (a.hash != b.hash) return a.hash < b.hash;
    if (a.entry != b.entry) return a.entry < b.entry;
    return a.how < b.how;
  });
  hits.erase(std::unique(hits.begin(), hits.end(),
                         [](const Hit& a, const Hit& b) { return a.hash == b.hash && a.entry == b.entry; }),
             hits.end());
  directory.assign((size_t{1} << kDirectoryBits) + 1, 0);
  for (const Hit& h : hits) ++directory[(h.hash >> (64 - kDirectoryBits)) + 1];
  for (size_t b = 1; b < directory.size(); ++b) directory[b] += directory[b - 1];
  int bits = 12;
  while ((size_t{1} << bits) < hits.size() * 16) ++bits;
  filter.assign((size_t{1} << bits) / 64, 0);
  filter_shift = 64 - bits;
  for (const Hit& h : hits) {
    const uint64_t b = (h.hash * 0x9E3779B97F4A7C15ULL) >> filter_shift;
    filter[b / 64] |= uint64_t{1} << (b % 64);
  }
}

HitRange Gazetteer::Impl::Hits(std::string_view key) const {
  const uint64_t h = KeyHash(key);
  if (directory.empty() || !MayHave(h)) return HitRange{};
  const size_t bucket = h >> (64 - kDirectoryBits);
  const auto first = hits.begin() + directory[bucket], last = hits.begin() + directory[bucket + 1];
  auto lo = std::lower_bound(first, last, h, [](const Hit& a, uint64_t v) { return a.hash < v; });
  auto hi = lo;
  while (hi != hits.end() && hi->hash == h) ++hi;
  HitRange r;
  r.b = hits.data() + (lo - hits.begin());
  r.e = hits.data() + (hi - hits.begin());
  return r;
}

Place Gazetteer::Impl::ToPlace(uint32_t e) const {
  const Entry& en = entries[e];
  Place p;
  p.name = std::string(en.name);
  p.country = en.country;
  p.admin1 = admin1s[en.admin1];
  p.lat = en.lat;
  p.lon = en.lon;
  p.precision = en.kind;
  p.population = en.population;
  return p;
}

double Gazetteer::Impl::BaseScore(const Hit& h) const {
  const Entry& en = entries[h.entry];
  double s = en.kind == Precision::kRegion ? 7.0 : std::log10(static_cast<double>(en.population) + 10.0);
  switch (en.kind) {
    case Precision::kCountry: s += 3.0; break;
    case Precision::kAdmin1: s -= 1.0; break;
    case Precision::kRegion: break;
    case Precision::kCity:
      if (en.rank == kRankCapital) s += 1.5;
      else if (en.rank == kRankSeat) s += 0.5;
      break;
  }
  if (h.how == How::kAlternate) s -= 2.5;
  return s;
}

// ------------------------------------------------------------------ loading

namespace {

bool ReadFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0);
  out.resize(static_cast<size_t>(size));
  in.read(out.data(), size);
  return static_cast<bool>(in) || in.eof();
}

// Splits one line at tabs into at most `max` fields.
size_t SplitTabs(std::string_view line, std::string_view* f, size_t max) {
  size_t n = 0;
  while (n < max) {
    size_t t = line.find('\t');
    f[n++] = line.substr(0, t);
    if (t == std::string_view::npos) break;
    line.remove_prefix(t + 1);
  }
  return n;
}

template <class F>
void ForEachLine(std::string_view text, F&& f) {
  size_t lineno = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    f(line, lineno);
  }
}

template <class T>
bool ParseNumber(std::string_view s, T& out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool ParseKind(std::string_view s, Precision& k) {
  if (s == "country") k = Precision::kCountry;
  else if (s == "admin1") k = Precision::kAdmin1;
  else if (s == "city") k = Precision::kCity;
  else if (s == "region") k = Precision::kRegion;
  else return false;
  return true;
}

void SetCountry(Entry& e, std::string_view iso3) {
  std::memset(e.country, 0, sizeof e.country);
  if (iso3.size() == 3) std::memcpy(e.country, iso3.data(), 3);
}

}  // namespace

Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}
Gazetteer::~Gazetteer() = default;
size_t Gazetteer::size() const { return impl_->entries.size(); }

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Load(const std::string& path) {
  return Load(path, DefaultPlacesDir());
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Load(const std::string& path,
                                                         const std::string& places_dir) {
  std::shared_ptr<Gazetteer> g(new Gazetteer());
  Impl& im = *g->impl_;
  // Each file's text is kept: entry names and admin1 keys are views into it.
  auto fresh = [&]() -> std::string& {
    im.buffers.push_back(std::make_unique<std::string>());
    return *im.buffers.back();
  };
  std::string& gaz_text = fresh();
  if (!ReadFile(path, gaz_text))
    return Status::Error(path + ": cannot read the gazetteer (build target 'gazetteer', or set DYAD_GAZETTEER)");
  im.entries.reserve(125000);
  im.hits.reserve(400000);
  std::string error;
  ForEachLine(gaz_text, [&](std::string_view line, size_t lineno) {
    if (!error.empty()) return;
    std::string_view f[11];
    size_t n = SplitTabs(line, f, 11);
    Entry e;
    double lat = 0, lon = 0;
    if (n < 9 || !ParseNumber(f[5], lat) || !ParseNumber(f[6], lon) ||
        !ParseNumber(f[7], e.population) || !ParseKind(f[8], e.kind) || f[3].size() != 3) {
      error = path + ":" + std::to_string(lineno) + ": malformed gazetteer line";
      return;
    }
    e.name = f[0];
    SetCountry(e, f[3]);
    e.admin1 = im.Admin1Id(f[4]);
    e.lat = static_cast<float>(lat);
    e.lon = static_cast<float>(lon);
    std::string_view feature = n > 9 ? f[9] : std::string_view();
    if (feature == "PPLC") e.rank = kRankCapital;
    else if (feature == "PPLA") e.rank = kRankSeat;
    uint32_t id = static_cast<uint32_t>(im.entries.size());
    im.entries.push_back(std::move(e));
    const Entry& en = im.entries.back();
    std::string k = NormalizeName(en.name);
    im.AddKey(k, id, How::kName);
    if (!f[1].empty() && f[1] != f[0]) {
      std::string ka = NormalizeName(f[1]);
      if (ka != k) im.AddKey(ka, id, How::kName);
    }
    std::string_view alts = f[2];
    while (!alts.empty()) {
      size_t c = alts.find(',');
      std::string_view a = alts.substr(0, c);
      alts.remove_prefix(c == std::string_view::npos ? alts.size() : c + 1);
      // A country's other ISO names ("Russian Federation", "Islamic Republic of Iran")
      // are its names; a place's alternates are weaker.
      im.AddKey(NormalizeName(a), id, en.kind == Precision::kCity ? How::kAlternate : How::kName);
    }
    if (en.kind == Precision::kCountry) {
      im.countries[std::string(f[3])] = id;
      if (n > 10 && f[10].size() == 2) im.countries[std::string(f[10])] = id;
    }
  });
  if (!error.empty()) return Status::Error(error);
  if (im.entries.empty()) return Status::Error(path + ": the gazetteer is empty");

  // Hand-listed regions: name, other names, country, lat, lon, note.
  const std::string regions_path = places_dir + "/regions.tsv";
  std::string& regions_text = fresh();
  if (!ReadFile(regions_path, regions_text)) return Status::Error(regions_path + ": cannot read");
  ForEachLine(regions_text, [&](std::string_view line, size_t lineno) {
    if (!error.empty()) return;
    std::string_view f[6];
    size_t n = SplitTabs(line, f, 6);
    Entry e;
    double lat = 0, lon = 0;
    if (n < 5 || !ParseNumber(f[3], lat) || !ParseNumber(f[4], lon) ||
        (f[2] != "-" && f[2].size() != 3)) {
      error = regions_path + ":" + std::to_string(lineno) + ": expected name, other names, country, lat, lon";
      return;
    }
    e.name = f[0];
    if (f[2] != "-") SetCountry(e, f[2]);
    e.kind = Precision::kRegion;
    e.lat = static_cast<float>(lat);
    e.lon = static_cast<float>(lon);
    uint32_t id = static_cast<uint32_t>(im.entries.size());
    im.entries.push_back(std::move(e));
    im.AddKey(NormalizeName(f[0]), id, How::kName);
    std::string_view alts = f[1] == "-" ? std::string_view() : f[1];
    while (!alts.empty()) {
      size_t c = alts.find(',');
      im.AddKey(NormalizeName(alts.substr(0, c)), id, How::kAlias);
      alts.remove_prefix(c == std::string_view::npos ? alts.size() : c + 1);
    }
  });
  if (!error.empty()) return Status::Error(error);
  im.SortHits();

  // Aliases: alias, entry name, country, kind.
  std::string text;
  const std::string aliases_path = places_dir + "/aliases.tsv";
  if (!ReadFile(aliases_path, text)) return Status::Error(aliases_path + ": cannot read");
  std::vector<std::pair<std::string, uint32_t>> pending;  // added once all are resolved
  ForEachLine(text, [&](std::string_view line, size_t lineno) {
    if (!error.empty()) return;
    std::string_view f[4];
    size_t n = SplitTabs(line, f, 4);
    Precision kind;
    if (n < 4 || !ParseKind(f[3], kind)) {
      error = aliases_path + ":" + std::to_string(lineno) + ": expected alias, entry name, country, kind";
      return;
    }
    HitRange hits = im.Hits(NormalizeName(f[1]));
    uint32_t found = UINT32_MAX;
    for (const Hit& h : hits) {
      const Entry& en = im.entries[h.entry];
      if (en.name == f[1] && f[2] == en.country && en.kind == kind &&
          (found == UINT32_MAX || en.population > im.entries[found].population))
        found = h.entry;
    }
    if (found == UINT32_MAX) {
      error = aliases_path + ":" + std::to_string(lineno) + ": no gazetteer entry '" +
              std::string(f[1]) + "' (" + std::string(f[2]) + ", " + std::string(f[3]) + ")";
      return;
    }
    std::string key = NormalizeName(f[0]);
    pending.push_back({key, found});
    size_t letters = 0;
    for (char c : key) letters += c != ' ';
    if (letters < 3) im.short_ok.insert(key);
  });
  if (!error.empty()) return Status::Error(error);
  for (const auto& [key, entry] : pending) im.AddKey(key, entry, How::kAlias);
  im.SortHits();

  // Stop words.
  const std::string stop_path = places_dir + "/stopwords.txt";
  if (!ReadFile(stop_path, text)) return Status::Error(stop_path + ": cannot read");
  ForEachLine(text, [&](std::string_view line, size_t lineno) {
    if (!error.empty()) return;
    if (line.rfind("never:", 0) == 0) im.never.insert(NormalizeName(line.substr(6)));
    else if (line.rfind("weak:", 0) == 0) im.weak.insert(NormalizeName(line.substr(5)));
    else error = stop_path + ":" + std::to_string(lineno) + ": expected 'never: WORD' or 'weak: WORD'";
  });
  if (!error.empty()) return Status::Error(error);
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

std::vector<Place> Gazetteer::Lookup(std::string_view name) const {
  std::vector<Place> out;
  HitRange hits = impl_->Hits(NormalizeName(name));
  std::vector<Hit> sorted(hits.begin(), hits.end());
  std::stable_sort(sorted.begin(), sorted.end(), [&](const Hit& a, const Hit& b) {
    return impl_->BaseScore(a) > impl_->BaseScore(b);
  });
  for (const Hit& h : sorted) out.push_back(impl_->ToPlace(h.entry));
  return out;
}

std::optional<Place> Gazetteer::Country(std::string_view code) const {
  auto it = impl_->countries.find(std::string(code));
  if (it == impl_->countries.end()) return std::nullopt;
  return impl_->ToPlace(it->second);
}

void Context::Remember(const std::vector<PlaceMention>& mentions) {
  for (const PlaceMention& m : mentions) {
    places.push_back(m.place);
    if (!m.place.country.empty()) countries.push_back(m.place.country);
  }
}

}  // namespace dyad::places
