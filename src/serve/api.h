// The API's routes as functions from a request to a JSON response, apart from HTTP so the
// transport (server.cc) only parses, limits and dispatches. See dyad/serve.h for the routes.
#pragma once

#include <cstddef>
#include <string>

#include "dyad/coder.h"
#include "serve/params.h"
#include "serve/store_pool.h"

namespace dyad::serve {

struct Request {
  Params params;      // query string
  std::string body;   // POST body
};

struct Response {
  int status = 200;
  std::string body;   // JSON
};

// {"error": message, "status": status}
Response ErrorResponse(int status, const std::string& message);

class Api {
 public:
  // Neither is owned. `coder` may be null: coding routes then answer 503.
  Api(StorePool* pool, const Coder* coder, size_t max_page) : pool_(pool), coder_(coder), max_page_(max_page) {}

  Response Health(const Request& r) const;
  Response Events(const Request& r) const;
  Response Event(const Request& r, const std::string& id) const;
  Response Series(const Request& r) const;
  Response Dyads(const Request& r) const;
  Response Network(const Request& r) const;
  Response Places(const Request& r) const;
  Response Actors(const Request& r) const;
  Response Code(const Request& r) const;
  Response Explain(const Request& r) const;
  Response Ingest(const Request& r) const;

 private:
  StorePool* pool_;
  const Coder* coder_;
  size_t max_page_;
};

}  // namespace dyad::serve
