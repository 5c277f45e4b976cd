// The evidence sentence of an event cut into segments that mark its parts (source and
// target as written, the trigger word, the date expression), so a page can highlight them
// without byte offsets (which a browser's UTF-16 strings would misread).
#pragma once

#include <string>
#include <vector>

#include "dyad/event.h"

namespace dyad::serve {

struct Segment {
  std::string text;
  std::string kind;  // "", "source", "target", "trigger" or "date"
};

// The segments of e.evidence.text, in order; their texts joined give the sentence back.
// Source and target are found by their names as written (first occurrence, ignoring ASCII
// case); the trigger by its raw offsets; the date by the time expressions of the sentence
// that resolve to the event's date (all of them when none does). Overlaps keep the first
// of trigger, source, target, date.
std::vector<Segment> EvidenceSegments(const Event& e);

}  // namespace dyad::serve
