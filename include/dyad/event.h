// dyad/event.h — a coded event: who did what to whom, when, according to whom, and the
// evidence. This is the output contract of `dyad code` (see README "Output contract").
#pragma once

#include <cstdint>
#include <string>

#include "dyad/actor.h"

namespace dyad {

struct Evidence {
  std::string text;      // the sentence, as in the raw input
  uint32_t start = 0;    // byte offsets of the sentence in the raw input
  uint32_t end = 0;
};

// Where an event happened: a place named in its sentence (resolved with the gazetteer,
// see dyad/places.h), else the country of one of its actors.
struct Location {
  std::string name;       // gazetteer name: "Kyiv", "Texas", "Iran"
  std::string country;    // ISO 3166-1 alpha-3
  std::string admin1;     // first-level region of a city ("Kharkiv Oblast"), else ""
  double lat = 0, lon = 0;
  std::string precision;  // "city", "admin1", "region", "country"; "" when unknown
  std::string text;       // the mention as written ("northern Iraq"); "" when from an actor
  std::string why;        // how it was chosen ("in 'in Ankara', attached to 'met'")
  bool empty() const { return precision.empty(); }
};

struct Event {
  std::string doc_id;
  int sentence = 0;              // index of the sentence in the clean text
  std::string date;              // "2026-01-16", "2025-06" (month), "2025" (year) or ""
  std::string date_precision;    // "day", "week", "month", "year", "span", "unknown"
  Actor source;
  Actor target;                  // empty when the event has none
  std::string cameo;             // "041"
  std::string cameo_root;        // "04"
  double goldstein = 0;
  int quad_class = 0;            // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string plover;            // "CONSULT"
  Actor reported_by;             // who claims it ("the Kremlin said"); empty when nobody
  bool negated = false;          // always false for emitted events
  Evidence evidence;
  // Why it was coded: the pattern (file:line) and the trigger words.
  std::string pattern;
  std::string trigger;
  uint32_t trigger_start = 0, trigger_end = 0;  // raw offsets of the trigger word
  Location location;             // empty when neither the text nor the actors place it
};

}  // namespace dyad
