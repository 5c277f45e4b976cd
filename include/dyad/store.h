// dyad/store.h — documents, their mentions and the merged events, in SQLite; query, time
// series, alerts and export.
//
// Data model (schema version 4):
//   documents  one row per story: id, source, url, date, title, clean text, content hash,
//              and its outlet (the source, else the wire, else the URL's host, else the
//              document id).
//   mentions   one row per coded event in a document (what `dyad code` prints): the
//              actors as written, the evidence sentence and offsets, the trigger, the
//              pattern, who reported it, and the merged event it belongs to.
//   events     merged events, as GDELT has them: mentions with the same source, target
//              and CAMEO code on the same date become one event, with num_mentions
//              (mentions), num_sources (distinct outlets) and num_articles (distinct
//              documents); every mention's evidence is kept. Sides are compared by their
//              keys (columns source_key, target_key): the actor's code, or for a name-only
//              actor (no code, docs/actors.md) "name:" and its name case-folded with white
//              space collapsed ("name:joseph kabila"), so two different name-only targets
//              are two events and "Putin" and "Vladimir Putin", both RUSGOV, one.
//   actors     every actor code seen, with its country, role and the first name seen.
//
// Merging. A mention joins an existing event with the same source key, target key,
// CAMEO code and date precision when, for day and week precision, the event's date is
// within `merge_tolerance_days` of the mention's date (0: the same day; 1: ±1 day), the
// nearest such event winning (then the oldest); dates of coarser precision (month, year,
// span, unknown) merge only with the identical date. An event keeps the date and actor
// names of the mention that created it.
// Opening a database of schema 3 or older fills the keys; the mentions that schema merged
// on codes into an event of another name-only actor leave it and are merged again on
// their own keys (the event they left is recomputed; no document or mention is lost).
//
// Ingest is idempotent by document id and content hash: storing a document whose id is
// already stored with the same text changes nothing; with different text, its mentions
// are replaced and every merged event they touched is recomputed (counts, first document;
// events left without mentions are deleted). Each document is written in one
// transaction, so a crash mid-batch leaves every document either fully stored or absent.
//
// Series and alerts (`dyad series`, `dyad alerts`):
//   A series buckets the matching events by day, week (ISO weeks, starting Monday) or
//   month of their date. An event counts in a bucket only when its date is at least as
//   precise as the bucket (a month-precision event is in monthly series only; spans and
//   unknown dates are never bucketed). Empty buckets between the first and last are
//   listed with zeros.
//   An alert compares, for every dyad (the unordered pair of the two actors' countries,
//   or the first three letters of a code without country), the last period with the N
//   periods before it (the trailing window, default 8). Two measures per period: the
//   conflict count (events of quad class 3 or 4) and the Goldstein sum of all the dyad's
//   events. For each, z = (last − mean(window)) / max(sd(window), 1), sd the population
//   standard deviation; the floor of 1 keeps a quiet dyad's first events from giving an
//   infinite z. A dyad is reported when |z| of either measure reaches the threshold
//   (default 2) and it has at least `min_events` events in the window and the last period
//   together (default 3). The last period is the one containing `at` (default: the latest
//   dated event in the store).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

class Codebook;

struct StoreOptions {
  int merge_tolerance_days = 0;  // 0: mentions merge on the same day; 1: within ±1 day
};

// One coded event in one document, as stored.
struct Mention {
  int64_t id = 0;
  int64_t event_id = 0;
  std::string outlet;  // the document's outlet (source, wire, URL host or document id)
  std::string url;
  Event coded;         // as coded: doc_id, sentence, actors as written, evidence, trigger...
};

// A merged event.
struct StoredEvent {
  int64_t id = 0;
  std::string date;            // as in Event::date
  std::string date_precision;
  Actor source, target;        // names: those of the first mention
  std::string cameo, cameo_root;
  double goldstein = 0;
  int quad_class = 0;
  std::string plover;
  int num_mentions = 0, num_sources = 0, num_articles = 0;
  std::string first_doc;       // document of the first mention
  std::string source_url;      // its URL, may be empty
  std::string date_added;      // YYYY-MM-DD when the event was first stored
  bool root_event = false;     // the first mention is in the story's first sentence
  Location location;           // the first mention's location
  std::vector<Mention> mentions;  // filled when EventQuery::with_mentions
};

// Filters of `dyad query`; empty fields do not filter. Codes match by prefix ("RUS"
// matches "RUSGOV"); a dyad side matches an actor whose code starts with it or whose
// country is it.
struct EventQuery {
  std::string actor;                 // source or target code prefix
  std::string dyad_a, dyad_b;        // both sides of a dyad (either direction unless directed)
  bool directed = false;             // dyad_a is the source, dyad_b the target
  std::string country;               // ISO 3166 alpha-3 of the source or the target
  std::string code;                  // exact CAMEO code
  std::string root;                  // CAMEO root ("19")
  int quad = 0;                      // quad class 1-4
  std::string from, to;              // YYYY-MM-DD, inclusive, on the event's (first) day
  std::string reported_by;           // code prefix of a mention's reported_by
  std::string text;                  // words that must all occur in a mention's evidence
  int64_t id = 0;                    // one merged event by id; 0: any
  size_t limit = 0;                  // 0: all
  size_t offset = 0;                 // skip this many matching events first (paging)
  bool with_mentions = false;
};

enum class Period { kDay, kWeek, kMonth };
// "day", "week", "month"; false for anything else.
bool ParsePeriod(const std::string& name, Period* out);

struct SeriesPoint {
  std::string period;          // "2026-01-16" (day), "2026-01-12" (Monday of the week), "2026-01" (month)
  int events = 0;
  int quad[5] = {0, 0, 0, 0, 0};  // quad[1..4]: events per quad class
  int mentions = 0;
  double goldstein_sum = 0, goldstein_mean = 0;
  int sources = 0;             // distinct outlets reporting the period's events
};

struct AlertOptions {
  Period by = Period::kWeek;
  int window = 8;              // trailing periods
  double threshold = 2.0;      // |z| at or above which a dyad is reported
  int min_events = 3;
  std::string at;              // YYYY-MM-DD in the last period; empty: latest event
};

struct Alert {
  std::string side_a, side_b;  // the dyad, side_a < side_b
  std::string period;          // the last period, labelled as in SeriesPoint
  int conflict = 0;            // quad 3+4 events in the last period
  double conflict_mean = 0, conflict_sd = 0, conflict_z = 0;
  double goldstein = 0;        // Goldstein sum in the last period
  double goldstein_mean = 0, goldstein_sd = 0, goldstein_z = 0;
  int events = 0;              // events in the window and the last period
};

class Store {
 public:
  // Opens (creating if needed) the SQLite database at `path` and brings its schema up to
  // date.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, StoreOptions options = {});
  virtual ~Store() = default;

  enum class PutResult { kStored, kUnchanged, kReplaced };
  virtual Result<PutResult> Put(const Document& doc, const std::vector<Event>& events) = 0;
  // Bulk loading: the Puts between BeginBatch and EndBatch share one transaction, which
  // EndBatch commits (much less work per document); each Put still stands or fails
  // alone. What a batch stored is durable only once EndBatch returns. Stores without
  // batches commit each Put.
  virtual Status BeginBatch() { return Status::Ok(); }
  virtual Status EndBatch() { return Status::Ok(); }
  // True when a document with doc.id is stored with exactly doc.raw, i.e. when Put would
  // return kUnchanged: a resumed ingest skips it without coding it again.
  virtual Result<bool> Contains(const Document& doc) const = 0;

  // Stored mentions as coded events, newest first; `limit` 0 means all.
  virtual Result<std::vector<Event>> Events(size_t limit = 0) const = 0;
  virtual Result<size_t> DocumentCount() const = 0;
  virtual Result<size_t> EventCount() const = 0;     // merged events
  virtual Result<size_t> MentionCount() const = 0;

  // Merged events matching `q`, newest first (by date, then id).
  virtual Status ForEach(const EventQuery& q, const std::function<void(const StoredEvent&)>& fn) const = 0;
  Result<std::vector<StoredEvent>> Query(const EventQuery& q) const;

  virtual Result<std::vector<SeriesPoint>> Series(const EventQuery& q, Period by) const = 0;
  virtual Result<std::vector<Alert>> Alerts(const AlertOptions& options) const = 0;
};

// 64-bit FNV-1a of the text, as hex: the content hash of a document.
std::string ContentHash(const std::string& text);

// Export formats. GDELT: the 58 columns of the GDELT 1.0 event table in order
// (GLOBALEVENTID ... DATEADDED, SOURCEURL), tab-separated, no header; what dyad does not
// know (religion, ethnicity, tone, geography) is empty. JSONL: one merged event with its
// mentions per line. PLOVER: one POLECAT-style record per line (event_type, mode,
// contexts, actor, recipient...); mode and contexts come from the codebook when given.
namespace exporter {
const std::vector<std::string>& GdeltColumns();
std::string GdeltRow(const StoredEvent& e);
std::string JsonLine(const StoredEvent& e);
std::string PloverLine(const StoredEvent& e, const Codebook* codebook);
}  // namespace exporter

// Date helpers shared by the store and its tests. Days are counted from 1970-01-01.
namespace dates {
// The first day of "YYYY-MM-DD", "YYYY-MM", "YYYY" or "A/B" (a span); false otherwise.
bool FirstDay(const std::string& date, int64_t* day);
std::string DayString(int64_t day);           // "2026-01-16"
int64_t PeriodStart(int64_t day, Period by);  // the bucket's first day
std::string PeriodLabel(int64_t day, Period by);
int64_t NextPeriod(int64_t period_start, Period by);
}  // namespace dates

}  // namespace dyad
