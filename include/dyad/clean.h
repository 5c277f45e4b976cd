// dyad/clean.h — removing page debris before anything is coded.
//
// Clean() reads Document::raw and writes Document::text and Document::clean_to_raw.
// It removes, line by line:
//   - photo captions written twice ("X. X. NAME / AP") and lines repeated verbatim
//     elsewhere in the story (only the first copy stays);
//   - promotional lines: "Read more ...", "Subscribers only ...", "Sign up ...",
//     "Advertisement", "Related: ...";
//   - photo-credit lines and trailing credits ("RAMIL SITDIKOV / AP", "Getty Images");
//   - the trailing byline ("Le Monde with AFP"), which sets Document::source (when not
//     already given) and Document::wire.
// Hard-wrapped paragraphs (wire copy cut into lines of 40-100 characters, as Reuters sent
// it) are joined: a line break inside one becomes a space, since it ends no sentence (a
// headline in capitals, a list's items, a table's short rows, a line that ends a sentence
// and text written a paragraph to a line stay lines).
// Kept text is copied byte for byte; every byte of the clean text maps back to the raw
// offset it came from, so evidence can always be shown in the user's own input.
#pragma once

#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad::clean {

// What was removed and why, for `dyad explain` and tests.
struct Removal {
  uint32_t raw_start = 0, raw_end = 0;
  std::string reason;  // "duplicate caption", "promo", "photo credit", "byline", "repeated"
};

std::vector<Removal> Clean(Document& doc);

}  // namespace dyad::clean
