// News stories for the benchmarks: the real corpora of ../shared/corpora/news when present
// (BBC News plain-text stories, Reuters-21578 SGML, the Guardian CSV sample), else a
// generated corpus of news-like stories. Used by bench/stages_bench.cc and
// bench/corpus_main.cc only; the program never needs these files.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/ingest.h"

namespace dyad::bench {

namespace fs = std::filesystem;

// ../shared/corpora/news (or $DYAD_SHARED_DIR/corpora/news); empty when absent.
inline std::string NewsDir() {
  std::vector<std::string> roots;
  if (const char* v = std::getenv("DYAD_SHARED_DIR"); v && *v) roots.push_back(v);
#ifdef DYAD_SOURCE_DIR
  roots.push_back(std::string(DYAD_SOURCE_DIR) + "/../shared");
#endif
  roots.push_back("../shared");
  for (const auto& r : roots)
    if (fs::is_directory(r + "/corpora/news")) return r + "/corpora/news";
  return "";
}

inline std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string Between(const std::string& s, const std::string& open, const std::string& close, size_t from = 0) {
  size_t a = s.find(open, from);
  if (a == std::string::npos) return "";
  a += open.size();
  size_t b = s.find(close, a);
  return b == std::string::npos ? "" : s.substr(a, b - a);
}

// Decodes the few SGML entities of Reuters-21578 and drops bytes that are not UTF-8.
inline std::string ReutersText(std::string s) {
  for (auto [from, to] : {std::pair{"&lt;", "<"}, std::pair{"&gt;", ">"}, std::pair{"&amp;", "&"}, std::pair{"&#3;", ""}}) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at)) {
      s.replace(at, strlen(from), to);
      at += strlen(to);
    }
  }
  std::string out;
  for (char c : s)
    if (static_cast<unsigned char>(c) < 0x80) out += c;
  return out;
}

// A generated story: news-like sentences about a rotating cast of actors.
inline std::string GeneratedStory(size_t n) {
  static const char* kActors[] = {"Russia", "Ukraine", "China", "Japan", "Iran", "Israel", "Egypt", "France",
                                  "Germany", "India", "Pakistan", "Turkey", "Brazil", "Nigeria", "Kenya",
                                  "the United States", "the European Union", "NATO", "Hamas", "the United Nations"};
  static const char* kVerbs[] = {"accused {B} of violating the ceasefire",
                                 "signed a trade agreement with {B}",
                                 "met officials from {B} to discuss the crisis",
                                 "condemned the attack by {B}",
                                 "sent humanitarian aid to {B}",
                                 "threatened to impose sanctions on {B}",
                                 "praised the efforts of {B}",
                                 "expelled diplomats from {B}"};
  static const char* kFiller[] = {"Markets were calm in early trading.",
                                  "The weather remained mild across the region for the season.",
                                  "Analysts expect growth to slow in the second half of the year.",
                                  "The report will be published next month, a spokesman said."};
  const size_t na = sizeof kActors / sizeof *kActors, nv = sizeof kVerbs / sizeof *kVerbs;
  std::string story;
  for (size_t s = 0; s < 12; ++s) {
    size_t k = n * 31 + s * 7;
    if (s % 3 == 2) {
      story += std::string(kFiller[k % 4]) + " ";
    } else {
      std::string a = kActors[k % na], b = kActors[(k / na + 1 + k) % na];
      if (a == b) b = kActors[(k + 3) % na];
      std::string v = kVerbs[(k / 3) % nv];
      v.replace(v.find("{B}"), 3, b);
      a[0] = static_cast<char>(toupper(static_cast<unsigned char>(a[0])));
      story += a + " " + v + " on Monday. ";
    }
    if (s % 4 == 3) story += "\n\n";
  }
  return story;
}

// Hands each story of the corpus to `each` (up to `limit`, 0: all); returns the corpus'
// name. `generated` stories are used when the shared corpus is absent or `force_generated`.
inline std::string ForEachStory(size_t limit, const std::function<void(Document)>& each, bool force_generated = false,
                                size_t generated = 5000) {
  size_t n = 0;
  auto give = [&](std::string text, const std::string& id, const std::string& date) {
    if (limit && n >= limit) return false;
    ingest::Options o;
    o.id = id;
    o.date = date;
    auto doc = ingest::FromText(std::move(text), id, o);
    if (doc) {
      each(std::move(*doc));
      ++n;
    }
    return true;
  };
  std::string dir = force_generated ? "" : NewsDir();
  if (dir.empty()) {
    for (size_t i = 0; i < generated; ++i)
      if (!give(GeneratedStory(i), "gen-" + std::to_string(i), "2026-03-02")) break;
    return "generated news-like stories";
  }
  // BBC News: 2,225 stories in five folders.
  std::vector<fs::path> bbc;
  if (fs::is_directory(dir + "/bbc"))
    for (const auto& e : fs::recursive_directory_iterator(dir + "/bbc"))
      if (e.path().extension() == ".txt") bbc.push_back(e.path());
  std::sort(bbc.begin(), bbc.end());
  for (const auto& p : bbc)
    if (!give(Slurp(p), "bbc/" + p.parent_path().filename().string() + "/" + p.stem().string(), "2005-01-15")) return dir;
  // Reuters-21578: <REUTERS> records with <DATE> and <BODY>.
  std::vector<fs::path> sgm;
  if (fs::is_directory(dir + "/reuters21578"))
    for (const auto& e : fs::directory_iterator(dir + "/reuters21578"))
      if (e.path().extension() == ".sgm") sgm.push_back(e.path());
  std::sort(sgm.begin(), sgm.end());
  static const char* kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  for (const auto& p : sgm) {
    std::string s = Slurp(p);
    for (size_t at = s.find("<REUTERS"); at != std::string::npos; at = s.find("<REUTERS", at + 1)) {
      size_t end = s.find("</REUTERS>", at);
      if (end == std::string::npos) break;
      std::string rec = s.substr(at, end - at);
      std::string body = Between(rec, "<BODY>", "</BODY>");
      if (body.empty()) continue;
      std::string title = Between(rec, "<TITLE>", "</TITLE>");
      std::string newid = Between(rec, "NEWID=\"", "\"");
      std::string d = Between(rec, "<DATE>", "</DATE>");  // " 26-FEB-1987 15:01:01.79"
      std::string date;
      size_t b = d.find_first_not_of(' ');
      if (b != std::string::npos && d.size() >= b + 11) {
        std::string day = d.substr(b, 2), mon = d.substr(b + 3, 3), year = d.substr(b + 7, 4);
        for (int m = 0; m < 12; ++m)
          if (mon == kMonths[m]) date = year + "-" + (m < 9 ? "0" : "") + std::to_string(m + 1) + "-" + day;
      }
      if (!give(ReutersText(title + "\n\n" + body), "reuters/" + newid, date)) return dir;
    }
  }
  // The Guardian sample: CSV with "",date,text,source and quoted fields.
  std::string csv = Slurp(dir + "/Guardian_SDF_sample.csv");
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  size_t row = 0;
  for (size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') { field += '"'; ++i; }
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      fields.push_back(std::move(field));
      field.clear();
      if (row++ > 0 && fields.size() >= 3 && !give(fields[2], "guardian/" + fields[0], fields[1])) return dir;
      fields.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  return dir;
}

}  // namespace dyad::bench
