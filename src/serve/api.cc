#include "serve/api.h"

#include <nlohmann/json.hpp>

#include "dyad/ingest.h"
#include "dyad/output.h"
#include "dyad/store.h"
#include "serve/aggregate.h"
#include "serve/highlight.h"

namespace dyad::serve {
namespace {

Response Ok(const Json& j) {
  return {200, j.dump(-1, ' ', false, Json::error_handler_t::replace)};
}

Json Parse(const std::string& line) { return Json::parse(line, nullptr, false); }

// The CAMEO name of a code ("Discuss by telephone"), when the codebook is at hand.
void AddCameoName(Json& j, const Coder* coder) {
  if (!coder || !j.contains("cameo") || !j["cameo"].is_string()) return;
  const CodeInfo* info = coder->codebook().Find(j["cameo"].get<std::string>());
  j["cameo_name"] = info ? Json(info->name) : Json(nullptr);
}

// A JSON object body, or a 400 response in `error`.
bool BodyObject(const Request& r, Json* out, Response* error) {
  if (r.body.empty()) { *error = ErrorResponse(400, "empty body: send a JSON object"); return false; }
  *out = Json::parse(r.body, nullptr, false);
  if (out->is_discarded()) { *error = ErrorResponse(400, "malformed JSON in the request body"); return false; }
  if (!out->is_object()) { *error = ErrorResponse(400, "the request body must be a JSON object"); return false; }
  return true;
}

// Checks the fields of one story object; "" when it is acceptable.
std::string CheckStory(const Json& j, const char* text_key) {
  if (!j.is_object()) return "a document must be a JSON object";
  auto it = j.find(text_key);
  if (it == j.end() || !it->is_string()) return std::string("\"") + text_key + "\" must be a string";
  if (it->get_ref<const std::string&>().find_first_not_of(" \t\r\n") == std::string::npos)
    return std::string("\"") + text_key + "\" is empty";
  for (const char* key : {"date", "source", "id", "url", "title"}) {
    auto f = j.find(key);
    if (f != j.end() && !f->is_null() && !f->is_string()) return std::string("\"") + key + "\" must be a string";
  }
  if (auto d = j.find("date"); d != j.end() && d->is_string() && !d->get_ref<const std::string&>().empty() &&
                               !ValidDay(d->get<std::string>()))
    return "\"date\" must be a date, YYYY-MM-DD, not '" + d->get<std::string>() + "'";
  return "";
}

// A Document from a checked story object, through the library's JSON-lines reader.
Result<Document> StoryDocument(Json j, const std::string& origin) {
  if (!j.contains("id") || !j["id"].is_string() || j["id"].get<std::string>().empty())
    j["id"] = "api-" + ContentHash(j["text"].get<std::string>());
  return ingest::FromJsonLine(j.dump(), origin, ingest::Options{});
}

Response NoCoder() { return ErrorResponse(503, "this server was started without a coder"); }

}  // namespace

Response ErrorResponse(int status, const std::string& message) {
  return {status, Json{{"error", message}, {"status", status}}.dump(-1, ' ', false, Json::error_handler_t::replace)};
}

#define DYAD_LEASE(store)                                         \
  auto store = pool_->Acquire();                                  \
  if (!store) return ErrorResponse(500, store.error());

Response Api::Health(const Request& r) const {
  DYAD_LEASE(store);
  auto docs = (**store).DocumentCount();
  auto events = (**store).EventCount();
  auto mentions = (**store).MentionCount();
  if (!docs || !events || !mentions) return ErrorResponse(500, "cannot count the store's rows");
  return Ok({{"ok", true}, {"documents", *docs}, {"events", *events}, {"mentions", *mentions},
             {"coder", coder_ != nullptr}});
}

Response Api::Events(const Request& r) const {
  EventQuery q;
  if (Status s = ParseEventQuery(r.params, {"limit", "offset"}, &q); !s) return ErrorResponse(400, s.message());
  auto limit = ParseCount(r.params, "limit", std::min<size_t>(50, max_page_), 1, max_page_);
  if (!limit) return ErrorResponse(400, limit.error());
  auto offset = ParseCount(r.params, "offset", 0, 0, 100000000);
  if (!offset) return ErrorResponse(400, offset.error());
  q.limit = *limit + 1;  // one more tells whether another page follows
  q.offset = *offset;
  q.with_mentions = true;
  DYAD_LEASE(store);
  Json events = Json::array();
  bool more = false;  // ForEach hands limit+1 events when another page follows
  Status s = (**store).ForEach(q, [&](const StoredEvent& e) {
    if (events.size() < *limit) { Json j = Parse(exporter::JsonLine(e)); AddCameoName(j, coder_); events.push_back(j); }
    else more = true;
  });
  if (!s) return ErrorResponse(500, s.message());
  return Ok({{"events", events}, {"offset", *offset}, {"limit", *limit}, {"has_more", more},
             {"next_offset", more ? Json(*offset + *limit) : Json(nullptr)}});
}

Response Api::Event(const Request& r, const std::string& id) const {
  if (id.empty() || id.size() > 18 || id.find_first_not_of("0123456789") != std::string::npos)
    return ErrorResponse(400, "event id must be a positive whole number, not '" + id + "'");
  if (!r.params.empty()) return ErrorResponse(400, "unknown parameter '" + r.params.begin()->first + "'");
  EventQuery q;
  q.id = std::stoll(id);
  if (q.id <= 0) return ErrorResponse(400, "event id must be a positive whole number, not '" + id + "'");
  q.with_mentions = true;
  DYAD_LEASE(store);
  Json out;
  Status s = (**store).ForEach(q, [&](const StoredEvent& e) {
    out = Parse(exporter::JsonLine(e));
    AddCameoName(out, coder_);
    for (size_t i = 0; i < e.mentions.size() && i < out["mentions"].size(); ++i) {
      Json segs = Json::array();
      for (const auto& seg : EvidenceSegments(e.mentions[i].coded))
        segs.push_back({{"text", seg.text}, {"kind", seg.kind.empty() ? Json(nullptr) : Json(seg.kind)}});
      out["mentions"][i]["segments"] = segs;
    }
  });
  if (!s) return ErrorResponse(500, s.message());
  if (out.is_null()) return ErrorResponse(404, "no event " + id);
  return Ok(out);
}

Response Api::Series(const Request& r) const {
  EventQuery q;
  if (Status s = ParseEventQuery(r.params, {"by"}, &q); !s) return ErrorResponse(400, s.message());
  std::string by_name = Get(r.params, "by");
  if (by_name.empty()) by_name = "day";
  Period by;
  if (!ParsePeriod(by_name, &by)) return ErrorResponse(400, "by must be day, week or month, not '" + by_name + "'");
  DYAD_LEASE(store);
  auto series = (**store).Series(q, by);
  if (!series) return ErrorResponse(500, series.error());
  if (series->size() > 20000) return ErrorResponse(400, "too many periods: choose a coarser 'by' or narrower dates");
  Json points = Json::array();
  for (const auto& p : *series)
    points.push_back({{"period", p.period}, {"events", p.events}, {"quad1", p.quad[1]}, {"quad2", p.quad[2]},
                      {"quad3", p.quad[3]}, {"quad4", p.quad[4]}, {"mentions", p.mentions},
                      {"goldstein_sum", p.goldstein_sum}, {"goldstein_mean", p.goldstein_mean},
                      {"sources", p.sources}});
  return Ok({{"by", by_name}, {"points", points}});
}

Response Api::Dyads(const Request& r) const {
  EventQuery q;
  if (Status s = ParseEventQuery(r.params, {"limit"}, &q); !s) return ErrorResponse(400, s.message());
  auto limit = ParseCount(r.params, "limit", 10, 1, 1000);
  if (!limit) return ErrorResponse(400, limit.error());
  DYAD_LEASE(store);
  auto j = TopDyads(**store, q, *limit);
  if (!j) return ErrorResponse(500, j.error());
  return Ok(*j);
}

Response Api::Network(const Request& r) const {
  EventQuery q;
  if (Status s = ParseEventQuery(r.params, {"limit"}, &q); !s) return ErrorResponse(400, s.message());
  auto limit = ParseCount(r.params, "limit", 60, 1, 1000);
  if (!limit) return ErrorResponse(400, limit.error());
  DYAD_LEASE(store);
  auto j = ActorNetwork(**store, q, *limit);
  if (!j) return ErrorResponse(500, j.error());
  return Ok(*j);
}

Response Api::Places(const Request& r) const {
  EventQuery q;
  if (Status s = ParseEventQuery(r.params, {"limit"}, &q); !s) return ErrorResponse(400, s.message());
  auto limit = ParseCount(r.params, "limit", 5000, 1, 50000);
  if (!limit) return ErrorResponse(400, limit.error());
  DYAD_LEASE(store);
  auto j = EventPlaces(**store, q, *limit);
  if (!j) return ErrorResponse(500, j.error());
  return Ok(*j);
}

Response Api::Actors(const Request& r) const {
  for (const auto& [key, value] : r.params)
    if (key != "q" && key != "date" && key != "limit") return ErrorResponse(400, "unknown parameter '" + key + "'");
  std::string query = Get(r.params, "q");
  if (query.size() > 100) return ErrorResponse(400, "q is too long (100 bytes at most)");
  std::string date = Get(r.params, "date");
  if (!date.empty() && !ValidDay(date)) return ErrorResponse(400, "date must be a date, YYYY-MM-DD, not '" + date + "'");
  auto limit = ParseCount(r.params, "limit", 20, 1, 500);
  if (!limit) return ErrorResponse(400, limit.error());
  Json dictionary = Json::array();
  if (coder_ && !query.empty()) {
    std::string why;
    Actor a = actors::ResolvePhrase(coder_->dictionary(), query, date, &why);
    if (!a.code.empty())
      dictionary.push_back({{"code", a.code}, {"country", a.country.empty() ? Json(nullptr) : Json(a.country)},
                            {"name", query}, {"why", why}});
    for (const auto& m : coder_->dictionary().Lookup(query, date)) {
      if (dictionary.size() >= *limit) break;
      if (m.actor.code.empty() || m.actor.code == a.code) continue;
      dictionary.push_back({{"code", m.actor.code},
                            {"country", m.actor.country.empty() ? Json(nullptr) : Json(m.actor.country)},
                            {"name", m.actor.name}, {"why", m.why}});
    }
  }
  DYAD_LEASE(store);
  auto stored = StoredActors(**store, query, *limit);
  if (!stored) return ErrorResponse(500, stored.error());
  return Ok({{"q", query}, {"stored", *stored}, {"dictionary", dictionary}});
}

Response Api::Code(const Request& r) const {
  if (!coder_) return NoCoder();
  Json j;
  Response error;
  if (!BodyObject(r, &j, &error)) return error;
  if (std::string why = CheckStory(j, "text"); !why.empty()) return ErrorResponse(400, why);
  auto doc = StoryDocument(j, "request");
  if (!doc) return ErrorResponse(400, doc.error());
  std::vector<dyad::Event> events = coder_->Code(*doc);
  Json list = Json::array();
  for (const auto& e : events) {
    Json ej = Parse(output::ToJsonLine(e));
    AddCameoName(ej, coder_);
    Json segs = Json::array();
    for (const auto& seg : EvidenceSegments(e))
      segs.push_back({{"text", seg.text}, {"kind", seg.kind.empty() ? Json(nullptr) : Json(seg.kind)}});
    ej["segments"] = segs;
    list.push_back(ej);
  }
  return Ok({{"doc_id", doc->id}, {"date", doc->date.empty() ? Json(nullptr) : Json(doc->date)},
             {"sentences", doc->sentences.size()}, {"events", list}});
}

Response Api::Explain(const Request& r) const {
  if (!coder_) return NoCoder();
  Json j;
  Response error;
  if (!BodyObject(r, &j, &error)) return error;
  if (std::string why = CheckStory(j, "sentence"); !why.empty()) return ErrorResponse(400, why);
  std::string sentence = j["sentence"].get<std::string>();
  if (!ingest::IsValidUtf8(sentence)) return ErrorResponse(400, "\"sentence\" is not valid UTF-8");
  if (sentence.size() > 10000) return ErrorResponse(400, "\"sentence\" is too long (10000 bytes at most)");
  std::string date = j.contains("date") && j["date"].is_string() ? j["date"].get<std::string>() : "";
  return Ok({{"sentence", sentence}, {"date", date.empty() ? Json(nullptr) : Json(date)},
             {"explanation", coder_->Explain(sentence, date)}});
}

Response Api::Ingest(const Request& r) const {
  if (!coder_) return NoCoder();
  Json j;
  Response error;
  if (!BodyObject(r, &j, &error)) return error;
  Json docs;
  bool batch = j.contains("documents");
  if (batch) {
    docs = j["documents"];
    if (!docs.is_array() || docs.empty()) return ErrorResponse(400, "\"documents\" must be a non-empty array");
    if (docs.size() > 1000) return ErrorResponse(400, "too many documents in one request (1000 at most)");
  } else {
    docs = Json::array({j});
  }
  DYAD_LEASE(store);
  Json results = Json::array();
  size_t good = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    const Json& d = docs[i];
    std::string name = d.is_object() && d.contains("id") && d["id"].is_string() ? d["id"].get<std::string>()
                       : batch ? "documents[" + std::to_string(i) + "]" : "request";
    Json res = {{"id", name}};
    if (std::string why = CheckStory(d, "text"); !why.empty()) {
      res["status"] = "error";
      res["error"] = name + ": " + why;
      results.push_back(res);
      continue;
    }
    auto doc = StoryDocument(d, name);
    if (!doc) {
      res["status"] = "error";
      res["error"] = doc.error();
      results.push_back(res);
      continue;
    }
    res["id"] = doc->id;
    auto events = coder_->Code(*doc);
    auto put = (**store).Put(*doc, events);
    if (!put) {
      res["status"] = "error";
      res["error"] = doc->id + ": " + put.error();
    } else {
      ++good;
      res["status"] = *put == Store::PutResult::kStored ? "stored" : *put == Store::PutResult::kReplaced ? "replaced" : "unchanged";
      res["events"] = events.size();
    }
    results.push_back(res);
  }
  Json out = {{"stored", good}, {"failed", docs.size() - good}, {"results", results}};
  if (good == 0) {
    out["error"] = docs.size() == 1 ? results[0]["error"] : Json("no document could be stored");
    out["status"] = 400;
    return {400, out.dump(-1, ' ', false, Json::error_handler_t::replace)};
  }
  return Ok(out);
}

}  // namespace dyad::serve
