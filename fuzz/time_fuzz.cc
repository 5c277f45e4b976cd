// Date expressions (dyad/time.h) and the store's date parser (dates::FirstDay, which reads
// --from/--to and stored dates). The first two bytes pick a valid story date (any day
// 1..31 of any month, as ingest accepts) or none; the rest is the sentence. Invariants:
// expressions lie inside the sentence, in order, their text is the sentence's bytes, and a
// resolved value parses back as a date.
#include <cstdio>
#include <string>

#include "dyad/store.h"
#include "dyad/time.h"
#include "fuzz_support.h"

using dyad::fuzz::Require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string all(reinterpret_cast<const char*>(data), size);
  int64_t day = 0;
  dyad::dates::FirstDay(all, &day);
  if (size < 2) return 0;
  std::string date;
  if (data[0] != 0xff) {
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", 1900 + data[0] % 200, 1 + data[1] % 12,
             1 + (data[0] ^ data[1]) % 31);
    date = buf;
  }
  std::string sentence = all.substr(2);
  auto found = dyad::time::FindTimeExpressions(sentence, date);
  uint32_t last = 0;
  for (const auto& t : found) {
    Require(t.start <= t.end && t.end <= sentence.size(), "expression inside the sentence");
    Require(last <= t.start, "expressions in order, not overlapping");
    last = t.end;
    Require(t.text == sentence.substr(t.start, t.end - t.start), "text is the sentence's bytes");
    if (!t.value.empty()) {
      int64_t d = 0;
      Require(dyad::dates::FirstDay(t.value, &d), "value parses back as a date");
      dyad::dates::DayString(d);
    }
  }
  return 0;
}
