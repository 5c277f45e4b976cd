// The HTTP side of `dyad serve`: cpp-httplib with limits, routes dispatched to Api, the
// dashboard's static files, and JSON for every error.
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "dyad/serve.h"
#include "serve/api.h"
#include "serve/gate.h"

#ifndef DYAD_WEB_DIR
#define DYAD_WEB_DIR "web"
#endif

namespace dyad::serve {

std::string DefaultWebDir() {
  const char* env = std::getenv("DYAD_WEB_DIR");
  return env && *env ? env : DYAD_WEB_DIR;
}

struct Server::Impl {
  Options options;
  const Coder* coder = nullptr;
  std::unique_ptr<StorePool> pool;
  std::unique_ptr<Api> api;
  Gate gate{1};
  httplib::Server http;
  std::atomic<bool> stopped{false}, in_run{false};

  using Route = Response (Api::*)(const Request&) const;

  void Reply(httplib::Response& res, const Response& out) {
    res.status = out.status;
    res.set_content(out.body, "application/json; charset=utf-8");
  }

  httplib::Server::Handler Handle(std::function<Response(const httplib::Request&)> fn) {
    return [this, fn](const httplib::Request& req, httplib::Response& res) {
      Gate::Pass pass(gate);
      if (!pass) {
        Reply(res, ErrorResponse(503, "busy: too many requests at once, try again"));
        res.set_header("Retry-After", "1");
        return;
      }
      Reply(res, fn(req));
    };
  }

  httplib::Server::Handler Handle(Route route) {
    return Handle([this, route](const httplib::Request& req) { return (api.get()->*route)(ToRequest(req)); });
  }

  static Request ToRequest(const httplib::Request& req) {
    Request r;
    for (const auto& [k, v] : req.params) r.params.emplace(k, v);
    r.body = req.body;
    return r;
  }

  void Setup() {
    int threads = options.max_concurrent + 8;  // spare workers answer 503 and serve files
    http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    http.set_payload_max_length(options.max_body_bytes);
    http.set_read_timeout(options.read_timeout_seconds, 0);
    http.set_write_timeout(options.write_timeout_seconds, 0);
    http.set_keep_alive_timeout(2);
    http.set_keep_alive_max_count(100);
    http.set_default_headers({{"X-Content-Type-Options", "nosniff"}});
    http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;
      std::string message = res.status == 404   ? "not found: " + req.path
                            : res.status == 413 ? "request body too large"
                            : res.status == 414 ? "request URI too long"
                            : res.status == 405 ? "method not allowed"
                            : res.status == 400 ? "bad request"
                                                : "request failed";
      res.set_content(ErrorResponse(res.status, message).body, "application/json; charset=utf-8");
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
      std::string what = "internal error";
      try {
        if (ep) std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what += std::string(": ") + e.what();
      } catch (...) {
      }
      res.status = 500;
      res.set_content(ErrorResponse(500, what).body, "application/json; charset=utf-8");
    });
    if (options.log) {
      http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
        std::fprintf(stderr, "dyad serve: %s %s %d %zu\n", req.method.c_str(), req.path.c_str(), res.status,
                     res.body.size());
      });
    }

    http.Get("/api/health", Handle(&Api::Health));
    http.Get("/api/events", Handle(&Api::Events));
    http.Get(R"(/api/events/([^/]*))", Handle([this](const httplib::Request& req) {
      return api->Event(ToRequest(req), req.matches[1].str());
    }));
    http.Get("/api/series", Handle(&Api::Series));
    http.Get("/api/dyads", Handle(&Api::Dyads));
    http.Get("/api/network", Handle(&Api::Network));
    http.Get("/api/places", Handle(&Api::Places));
    http.Get("/api/actors", Handle(&Api::Actors));
    http.Post("/api/code", Handle(&Api::Code));
    http.Post("/api/explain", Handle(&Api::Explain));
    http.Post("/api/ingest", Handle(&Api::Ingest));
    auto not_allowed = [](const httplib::Request& req, httplib::Response& res) {
      res.status = 405;
      res.set_content(ErrorResponse(405, req.method + " is not allowed on " + req.path).body,
                      "application/json; charset=utf-8");
    };
    for (const char* path : {"/api/code", "/api/explain", "/api/ingest"}) http.Get(path, not_allowed);
    for (const char* path : {"/api/health", "/api/events", "/api/series", "/api/dyads", "/api/network",
                             "/api/places", "/api/actors", R"(/api/events/([^/]*))"})
      http.Post(path, not_allowed);

    std::error_code ec;
    if (std::filesystem::is_regular_file(options.web_dir + "/index.html", ec)) {
      http.set_mount_point("/", options.web_dir);
      http.set_file_request_handler([](const httplib::Request&, httplib::Response& res) {
        res.set_header("Cache-Control", "no-cache");
      });
    } else {
      std::string dir = options.web_dir;
      http.Get("/", [dir](const httplib::Request&, httplib::Response& res) {
        res.status = 404;
        res.set_content(ErrorResponse(404, "the dashboard is not built (no " + dir +
                                               "/index.html); the API is under /api/").body,
                        "application/json; charset=utf-8");
      });
    }
  }
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() { Stop(); }

Result<std::unique_ptr<Server>> Server::Create(const Options& options, const Coder* coder) {
  if (options.port < 0 || options.port > 65535) return Result<std::unique_ptr<Server>>::Error("port must be 0-65535");
  if (options.max_concurrent < 1) return Result<std::unique_ptr<Server>>::Error("max_concurrent must be at least 1");
  if (options.max_page < 1) return Result<std::unique_ptr<Server>>::Error("max_page must be at least 1");
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  if (impl->options.web_dir.empty()) impl->options.web_dir = DefaultWebDir();
  impl->coder = coder;
  auto pool = StorePool::Open(options.db, static_cast<size_t>(options.max_concurrent));
  if (!pool) return pool.status();
  impl->pool = std::move(*pool);
  impl->api = std::make_unique<Api>(impl->pool.get(), coder, options.max_page);
  impl->gate.Reset(options.max_concurrent);
  impl->Setup();
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Result<int> Server::Bind() {
  auto& o = impl_->options;
  int port = o.port == 0 ? impl_->http.bind_to_any_port(o.host) : (impl_->http.bind_to_port(o.host, o.port) ? o.port : -1);
  if (port <= 0)
    return Result<int>::Error("cannot listen on " + o.host + ":" + std::to_string(o.port) +
                              " (in use, or not an address of this machine)");
  return port;
}

Status Server::Run() {
  impl_->in_run = true;
  if (impl_->stopped) {
    impl_->in_run = false;
    return Status::Ok();
  }
  bool ok = impl_->http.listen_after_bind();
  impl_->in_run = false;
  if (!ok && !impl_->stopped) return Status::Error("the server stopped on an error");
  return Status::Ok();
}

void Server::Stop() {
  impl_->stopped = true;
  // Run() may be between its start and the listening loop: wait until it listens or ends.
  while (impl_->in_run && !impl_->http.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  impl_->http.stop();
}

}  // namespace dyad::serve
