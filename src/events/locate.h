// Event locations: which place of a sentence an event happened at. Private to the events
// module; the coder calls it once per sentence after coding the sentence's events.
//
// The candidates are the sentence's place mentions (places::Gazetteer::Find) that are
// used as places, not as actors:
//   - a mention after a locative word ("in", "near", "at", "outside", "into", "to",
//     "from", "over", "across"...; "the", direction words and "the city of" may stand
//     between) is a place even when the actor dictionary knows the name ("talks in
//     Moscow");
//   - a mention elsewhere is a place only when no actor match covers it ("Russia
//     attacked Ukraine": both are actors, neither is a location).
// Each event takes the candidate nearest its trigger in the dependency tree (a locative
// one winning a tie over a bare one, then the nearer in the text), so that "Putin met
// Erdogan in Ankara and later flew to Tehran" places the meeting in Ankara.
//
// With no candidate, the event falls back to its actors' country, precision "country":
// for material events (quad classes 2 and 4) the target's country first (attacks, aid
// and arrests happen where the target is), for verbal ones the source's first.
#pragma once

#include <utility>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/places.h"

namespace dyad::events {

// Token spans [begin, end) of the sentence covered by actor matches.
using Spans = std::vector<std::pair<uint32_t, uint32_t>>;

// Sets `location` of each event in `events` (all from the sentence `tokens`). `tokens`
// carry the parse when the sentence was parsed (heads of -1 everywhere otherwise: then
// the text distance decides).
void LocateEvents(const Document& doc, const std::vector<Token>& tokens,
                  const std::vector<places::PlaceMention>& mentions, const Spans& actor_spans,
                  const places::Gazetteer& gazetteer, Event* events, size_t count);

// A Location from a gazetteer place.
Location LocationOf(const places::Place& place, const std::string& text, const std::string& why);

}  // namespace dyad::events
