// Query-string parameters of the API: the filters of `dyad query` as an EventQuery, and
// checked numbers and dates. Every error is a message for a 400 answer.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>

#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::serve {

using Params = std::multimap<std::string, std::string>;

// A real calendar day written YYYY-MM-DD ("2026-02-30" is not one).
bool ValidDay(const std::string& s);

// The filters of `dyad query` from `params`: actor, dyad (A,B), directed (1/true/0/false),
// country (3 letters), code (digits), root (2 digits), quad (1-4), from, to (YYYY-MM-DD,
// from <= to), reported_by, text. Empty values do not filter. A parameter that is neither a
// filter nor in `extra` is an error, so a misspelt filter never silently matches everything.
Status ParseEventQuery(const Params& params, const std::set<std::string>& extra, EventQuery* q);

// The last value of `key` as a whole number in [min, max]; `def` when absent or empty.
Result<size_t> ParseCount(const Params& params, const std::string& key, size_t def, size_t min,
                          size_t max);

// The last value of `key`, or "".
std::string Get(const Params& params, const std::string& key);

}  // namespace dyad::serve
