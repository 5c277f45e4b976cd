// dyad/output.h — events as JSON lines (the output contract) and as a table for people.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "dyad/event.h"

namespace dyad::output {

// One event as one line of JSON, fields as documented in the README's output contract.
std::string ToJsonLine(const Event& e);

// Events as an aligned table; `color` adds ANSI colours for a terminal.
void PrintTable(std::ostream& os, const std::vector<Event>& events, bool color);

}  // namespace dyad::output
