// dyad/serve.h — `dyad serve`: a JSON API over a store and the coder, and the dashboard.
//
// One process serves both, on 127.0.0.1 by default:
//
//   auto coder = dyad::Coder::Create({});
//   dyad::serve::Options o;  o.db = "events.db";  o.port = 0;   // 0: any free port
//   auto server = dyad::serve::Server::Create(o, coder->get());
//   int port = (*server)->Bind().value();     // the port actually bound
//   (*server)->Run();                         // blocks until Stop() (from any thread)
//
// Routes (all answers are JSON; errors are {"error": "...", "status": N} with a 4xx/5xx
// status; see README "dyad serve" for the fields):
//   GET  /api/events        merged events, newest first, with their mentions. Filters as
//                           `dyad query`: actor, dyad=A,B, directed=1, country, code, root,
//                           quad, from, to, reported_by, text; paging: limit (default 50,
//                           at most Options::max_page), offset.
//   GET  /api/events/{id}   one event, every mention, and each mention's evidence cut into
//                           segments marking source, target, trigger and date.
//   GET  /api/series        per period (by=day|week|month) counts per quad class and
//                           Goldstein, for the filters (usually dyad=A,B).
//   GET  /api/dyads         top dyads (unordered country pairs) by volume and by conflict.
//   GET  /api/network       who acts on whom: actor nodes, directed edges with the count
//                           and mean Goldstein of their events.
//   GET  /api/places        events per country (the actors' ISO3) and event locations
//                           when the events carry one.
//   GET  /api/actors?q=     actors whose code or name matches: those in the store and
//                           those the dictionaries know.
//   POST /api/code          {"text", "date"?, "source"?} -> its events; nothing stored.
//   POST /api/explain       {"sentence", "date"?} -> the coder's explanation.
//   POST /api/ingest        {"text", "date"?, "source"?, "id"?, "url"?, "title"?} or
//                           {"documents": [...]} -> stored; one bad document never stops
//                           the others (each gets its own result).
//   GET  /api/health        {"ok": true, counts}
//   GET  /*                 the dashboard's static files (Options::web_dir).
//
// Limits: bodies over max_body_bytes get 413, headers over 8 KiB 400, URIs over 8 KiB
// 414; a connection idle past the read timeout is closed; at most max_concurrent API
// requests run at once (more get 503 at once rather than queueing without bound).
//
// Thread safety: the Coder is shared by all requests (Code() is thread-safe); each request
// borrows a store connection of its own from a pool of at most max_concurrent. Stop() may
// be called from any thread.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "dyad/coder.h"
#include "dyad/status.h"

namespace dyad::serve {

struct Options {
  std::string db = "dyad.db";        // SQLite path or postgresql:// URL; must exist
  std::string host = "127.0.0.1";    // loopback unless asked otherwise
  int port = 8080;                   // 0: a free port chosen by the system
  std::string web_dir;               // the dashboard; empty: DefaultWebDir()
  size_t max_body_bytes = 1u << 20;  // 1 MiB
  int read_timeout_seconds = 10;
  int write_timeout_seconds = 10;
  int max_concurrent = 8;            // API requests running at once
  size_t max_page = 500;             // the largest `limit` of /api/events
  bool log = true;                   // one line per request on stderr
};

class Server {
 public:
  // Opens the store and checks the options. `coder` is not owned and must outlive the
  // server; it may be null, and then the routes that code answer 503.
  static Result<std::unique_ptr<Server>> Create(const Options& options, const Coder* coder);
  ~Server();

  // Binds host:port; returns the port bound (the free one chosen when port is 0).
  Result<int> Bind();
  // Serves until Stop(). REQUIRES: Bind() succeeded.
  Status Run();
  // Stops Run(); safe from any thread, and before Run() starts.
  void Stop();

  struct Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Where the dashboard's files are: $DYAD_WEB_DIR, else the build tree's web folder.
std::string DefaultWebDir();

}  // namespace dyad::serve
