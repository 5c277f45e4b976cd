// actors/words.h — word tests the actor module's files share (private to src/actors).
#pragma once

#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad::actors {

// Whether a word starts with a capital letter, ASCII or Latin ("Erdogan", "Örebro").
bool StartsWithCapital(const std::string& t);

// Honorifics that stand between a title and a person's name ("President Mr Santos",
// "Gen. Haftar"), as normalised keys: part of neither, they do not break the actor.
bool IsHonorificWord(const std::string& key);

// Days, months and relative days as normalised keys ("thursday", "sept", "yesterday"): no
// part of a name, at its edges or after a title ("a Canadian judge Thursday approved").
bool IsCalendarWord(const std::string& key);

// Whether the sentence is a headline set in capitals ("FARMERS RENEW PROTESTS IN SPAIN"):
// three words or more, three in four of them all capitals. There every word is
// capitalised, so capitals say nothing about names.
bool IsCapitalsHeadline(const std::vector<Token>& toks);

}  // namespace dyad::actors
