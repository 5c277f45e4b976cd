// Generated news-like stories for tests that need many documents with events (the
// pipeline and the queue workers): actors and verbs in rotation, one story a line of
// dyad's JSON-lines format.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace dyad::testing {

inline std::string GeneratedStoryLines(int count) {
  static const char* kActors[] = {"Russia", "Ukraine", "China", "Japan", "Iran", "Israel", "Egypt", "France",
                                  "Germany", "India", "Pakistan", "Turkey", "Brazil", "Nigeria", "Kenya"};
  static const char* kVerbs[] = {"accused {B} of violating the ceasefire", "signed a trade agreement with {B}",
                                 "condemned the attack by {B}", "sent humanitarian aid to {B}",
                                 "threatened to impose sanctions on {B}", "expelled diplomats from {B}"};
  const int na = sizeof kActors / sizeof *kActors, nv = sizeof kVerbs / sizeof *kVerbs;
  std::string out;
  for (int n = 0; n < count; ++n) {
    std::string text;
    for (int s = 0; s < 4; ++s) {
      int k = n * 7 + s * 3;
      std::string a = kActors[k % na], b = kActors[(k / na + 1 + k) % na];
      if (a == b) b = kActors[(k + 4) % na];
      std::string v = kVerbs[(n + s) % nv];
      v.replace(v.find("{B}"), 3, b);
      text += (s == 2 ? "Markets were calm on the day. " : "") + a + " " + v + " on Monday. ";
    }
    char date[16];
    snprintf(date, sizeof date, "2026-03-%02d", 2 + n % 20);
    out += nlohmann::json{{"id", "story-" + std::to_string(n)}, {"date", date}, {"source", n % 2 ? "AP" : "AFP"},
                          {"text", text}}.dump() + "\n";
  }
  return out;
}

}  // namespace dyad::testing
