// events/repair.h — repairs of the parser's errors that would mislead the coder (private
// to src/events). Each repair is named after a real sentence in repair.cc; together they
// run after parsing and before any event is read from the tree.
#pragma once

#include <cstddef>
#include <vector>

#include "dyad/document.h"

namespace dyad::events {

// Rewrites heads and labels where the greedy parser's known errors would give an event the
// wrong source, target or truth (a verb read as a modifier, an infinitive hung on the
// reporting verb, a second name flattened into the first...). Never creates a cycle.
void RepairParse(std::vector<Token>& toks);

// The end (token index) of a wire dateline opening the sentence ("KANDAHAR (AP) :",
// "VALLETTA, Malta --", "Cairo (AFP) -"), or 0 when there is none: a place and an
// agency, never an actor, and kept out of the parse.
size_t DatelineEnd(const std::vector<Token>& toks);

}  // namespace dyad::events
