// HTML pages: libxml2 tree walk, main-text choice, <title> and date meta tags, then the
// checks of FromHtml. Invariants: the text extracted from valid UTF-8 is valid UTF-8;
// an error names the document.
#include <string>

#include "dyad/ingest.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string html(reinterpret_cast<const char*>(data), size);
  dyad::ingest::Options options;
  auto doc = dyad::ingest::FromHtml(html, "page.html", options);
  if (!doc) {
    dyad::fuzz::Require(doc.error().rfind("page.html: ", 0) == 0, "error names the document");
    return 0;
  }
  dyad::fuzz::Require(dyad::ingest::IsValidUtf8(doc->raw), "extracted text is UTF-8");
  dyad::fuzz::Require(dyad::ingest::IsValidUtf8(doc->title), "title is UTF-8");
  dyad::fuzz::Require(doc->date.empty() || doc->date.size() == 10, "date is YYYY-MM-DD");
  return 0;
}
