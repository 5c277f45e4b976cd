// dyad/eval.h — scoring coded events against gold events.
//
// Gold files: PETRARCH validation records (XML: <Sentence id= date=> <EventCoding
// eventcode= sourcecode= targetcode=/> or <EventCoding noevents="True"/>, <Text>...</Text>)
// and dyad's own JSON lines: {"id", "date", "text", "events": [{"source", "target", "cameo"}]}.
// Each record's text is coded as a one-sentence story on its date; predictions and gold
// are compared as multisets per record on five projections: root code, full code,
// source code, target code, and the whole (source, target, code) triple.
#pragma once

#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/status.h"

namespace dyad::eval {

struct GoldEvent {
  std::string source, target, cameo;
};

struct GoldRecord {
  std::string id, date, text;
  std::vector<GoldEvent> events;  // empty: the record must yield no event
  bool evaluate = true;
};

Result<std::vector<GoldRecord>> LoadGold(const std::string& path);

struct Score {
  size_t matched = 0, predicted = 0, gold = 0;
  double precision() const { return predicted ? double(matched) / predicted : 0; }
  double recall() const { return gold ? double(matched) / gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct Report {
  Score root, code, source, target, triple;
  size_t records = 0, records_with_gold = 0, records_all_triples = 0;
  size_t no_event_records = 0, no_event_correct = 0;
  std::vector<std::string> errors;  // one line per record that is not fully right
};

Report Evaluate(const Coder& coder, const std::vector<GoldRecord>& gold);

// Actor codes as compared: "---LEG" (unknown country) is "LEG"; PETRARCH's region infix
// after IGO is dropped ("IGOEUREEC" is "IGOEEC", as the CAMEO manual writes it).
std::string NormalizeActorCode(const std::string& code);

std::string FormatReport(const Report& r, bool with_errors);

}  // namespace dyad::eval
