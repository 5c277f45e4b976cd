// dyad/eval.h — scoring coded events against gold events.
//
// Gold files: PETRARCH validation records (XML: <Sentence id= date=> <EventCoding
// eventcode= sourcecode= targetcode=/> or <EventCoding noevents="True"/>, <Text>...</Text>)
// and dyad's own JSON lines: {"id", "date", "text", "events": [{"source", "target", "cameo"}]}.
// Each record's text is coded as a one-sentence story on its date; predictions and gold
// are compared as multisets per record on five projections: root code, full code,
// source code, target code, and the whole (source, target, code) triple.
//
// A third format is PLOVER gold sentences (PLV_train.tsv: tab-separated, a header row, one
// row per gold event; see LoadPloverTsv), scored on PLOVER types and actor text spans
// rather than codes: those records carry no actor codes and no date.
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
// after IGO is dropped ("IGOEUREEC" is "IGOEEC", as the CAMEO manual writes it); its MUS
// for Islam after the first trio is the manual's MOS ("IMGMUSISI" is "IMGMOSISI").
std::string NormalizeActorCode(const std::string& code);

std::string FormatReport(const Report& r, bool with_errors);

// ---- PLOVER gold sentences ----

// The story date every PLOVER record is coded on: the file carries none, and a fixed date
// keeps the figures reproducible (people resolve to the office they held on it).
inline constexpr const char* kPloverStoryDate = "2018-01-01";

struct PloverGoldEvent {
  std::string root;            // PLOVER event type, upper case: "ACCUSE"
  std::string source, target;  // text spans as annotated; may not occur in the sentence
                               // ("An actor", "a recipient": the annotators' placeholder)
  int line = 0;                // line of the row in the file
};

struct PloverRecord {
  std::string id, text;                 // sentence_id, sentence
  std::vector<PloverGoldEvent> events;  // rows sharing sentence_id and sentence
};

struct PloverGold {
  std::vector<PloverRecord> records;
  size_t rows = 0;                   // gold rows kept (== events over all records)
  // The gold writes the older PLOVER type YIELD, which PLOVER's 2021 table (and dyad's
  // codebook) splits into CONCEDE and RETREAT; then a coded CONCEDE or RETREAT is a YIELD.
  bool yield_vocabulary = false;
  std::vector<std::string> skipped;  // "file:line: why", one per malformed row
};

// True when `path` ends in ".tsv" or its first line is a header naming sentence_id and
// gold_root (the file is read only as far as that line).
bool IsPloverTsv(const std::string& path);

// Reads a PLOVER gold TSV: columns found by header name (sentence_id, sentence, source,
// target, gold_root; others ignored, the first may be unnamed). Fields are split on tabs
// only: quotes are ordinary characters. A trailing CR is dropped. A row with the wrong
// number of fields or an empty sentence_id, sentence or gold_root is skipped and listed in
// `skipped`; a missing column or an unreadable file is an error.
Result<PloverGold> LoadPloverTsv(const std::string& path);
// The same, on text already read (`path` names it in messages).
Result<PloverGold> ParsePloverTsv(const std::string& path, const std::string& content);

// Whether a coded actor's name stands for an annotated span. Actors carry no offsets, only
// the name as written (sometimes decorated: "journalists (Cairo)", "Denmark last week"),
// so the rule is on words. What dyad adds in brackets is dropped from the name; span and
// name are cut into words (letters and digits, case folded, periods deleted so "U.S." is
// "US", "the" dropped); every word of the name must be a word of the span, or every word
// of the span a word of the name ("Turkish officials" for "Turkish"). A word of four
// letters or more also matches a word it begins ("Egypt", "Egyptian"). A span that does
// not occur in the sentence is the annotators' "no actor" placeholder ("An actor", "a
// recipient") and is matched only by an empty actor.
bool ActorMatchesSpan(const Actor& actor, const std::string& span, const std::string& sentence);

struct PloverReport {
  size_t records = 0, rows = 0, skipped_rows = 0;
  size_t records_root = 0;         // sentences where every gold root was coded
  Score pairs;                     // (sentence, PLOVER type) pairs, as sets per sentence
  // Per gold event (row): a coded event of its root exists (root), and one of those has a
  // source matching the span (source), a target matching (target), both at once (full).
  size_t rows_root = 0, rows_source = 0, rows_target = 0, rows_full = 0;
  bool yield_vocabulary = false;   // CONCEDE and RETREAT were read as YIELD
  size_t rows_root_as_written = 0; // root per gold event without that reading
  std::vector<std::string> skipped;  // the loader's messages
  std::vector<std::string> errors;   // one line per gold event not fully right
};

PloverReport EvaluatePlover(const Coder& coder, const PloverGold& gold);
std::string FormatPloverReport(const PloverReport& r, bool with_errors);

}  // namespace dyad::eval
