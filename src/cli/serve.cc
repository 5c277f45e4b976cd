// dyad serve — the JSON API and the dashboard (dyad/serve.h) from the command line.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "commands.h"
#include "dyad/coder.h"
#include "dyad/serve.h"

namespace {

constexpr const char* kServeUsage = R"(Usage: dyad serve [--db PATH] [--port N] [--host ADDR] [options]
  Serves the JSON API (/api/...) and the dashboard (/) of a database made by dyad ingest.
  --db PATH         SQLite file or postgresql:// URL (default dyad.db); must exist
  --port N          port (default 8080; 0 picks a free one, printed on start)
  --host ADDR       address to listen on (default 127.0.0.1: this machine only)
  --web DIR         dashboard files (default: the build's, or $DYAD_WEB_DIR)
  --max-body BYTES  largest request body (default 1048576)
  --max-concurrent N   API requests running at once; more get 503 (default 8)
  --timeout S       read and write timeout of a connection in seconds (default 10)
  --quiet           no line per request on stderr
  --data, --model, --actors, --petrarch-actors, --petrarch-agents   as for dyad code
)";

bool Number(const std::string& s, long max, long* out) {
  if (s.empty() || s.size() > 12 || s.find_first_not_of("0123456789") != std::string::npos) return false;
  *out = std::stol(s);
  return *out <= max;
}

}  // namespace

int ServeCommand(const std::vector<std::string>& args) {
  const std::vector<std::string> value_options = {"--db", "--port", "--host", "--web", "--max-body",
                                                  "--max-concurrent", "--timeout", "--data", "--model",
                                                  "--actors", "--petrarch-actors", "--petrarch-agents"};
  std::map<std::string, std::vector<std::string>> opt;
  bool quiet = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string a = args[i], value;
    if (a == "--help" || a == "-h") { std::cout << kServeUsage; return 0; }
    if (a == "--quiet") { quiet = true; continue; }
    size_t eq = a.find('=');
    std::string key = eq == std::string::npos ? a : a.substr(0, eq);
    if (std::find(value_options.begin(), value_options.end(), key) == value_options.end()) {
      std::cerr << "dyad serve: unknown argument '" << a << "'\n" << kServeUsage;
      return 2;
    }
    if (eq != std::string::npos) value = a.substr(eq + 1);
    else if (i + 1 < args.size()) value = args[++i];
    else { std::cerr << "dyad serve: " << key << " needs a value\n"; return 2; }
    opt[key].push_back(value);
  }
  auto get = [&](const std::string& k, const std::string& def) { return opt.count(k) ? opt[k].back() : def; };

  dyad::serve::Options o;
  o.db = get("--db", "dyad.db");
  o.host = get("--host", "127.0.0.1");
  o.web_dir = get("--web", "");
  o.log = !quiet;
  long n = 0;
  if (!Number(get("--port", "8080"), 65535, &n)) { std::cerr << "dyad serve: --port is 0-65535\n"; return 2; }
  o.port = static_cast<int>(n);
  if (!Number(get("--max-body", "1048576"), 1L << 30, &n) || n < 1024) {
    std::cerr << "dyad serve: --max-body is a number of bytes, 1024 or more\n";
    return 2;
  }
  o.max_body_bytes = static_cast<size_t>(n);
  if (!Number(get("--max-concurrent", "8"), 256, &n) || n < 1) { std::cerr << "dyad serve: --max-concurrent is 1-256\n"; return 2; }
  o.max_concurrent = static_cast<int>(n);
  if (!Number(get("--timeout", "10"), 3600, &n) || n < 1) { std::cerr << "dyad serve: --timeout is 1-3600 seconds\n"; return 2; }
  o.read_timeout_seconds = o.write_timeout_seconds = static_cast<int>(n);
  if (o.db.find("://") == std::string::npos && access(o.db.c_str(), F_OK) != 0) {
    std::cerr << "dyad: " << o.db << ": no such database (make one with dyad ingest)\n";
    return 1;
  }

  dyad::CoderOptions co;
  co.data_dir = get("--data", "");
  co.model_path = get("--model", "");
  co.actor_files = opt["--actors"];
  co.petrarch_actor_files = opt["--petrarch-actors"];
  co.petrarch_agent_files = opt["--petrarch-agents"];
  auto coder = dyad::Coder::Create(co);
  if (!coder) { std::cerr << "dyad: " << coder.error() << "\n"; return 1; }

  // SIGINT and SIGTERM stop the server from a thread of their own (stopping is not
  // async-signal-safe); blocked before any server thread exists, so they all inherit it.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto server = dyad::serve::Server::Create(o, coder->get());
  if (!server) { std::cerr << "dyad: " << server.error() << "\n"; return 1; }
  auto port = (*server)->Bind();
  if (!port) { std::cerr << "dyad: " << port.error() << "\n"; return 1; }
  std::string shown = o.host.find(':') != std::string::npos ? "[" + o.host + "]" : o.host;
  std::cerr << "dyad serve: http://" << shown << ":" << *port << "/ (database " << o.db << ")" << std::endl;
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    (*server)->Stop();
  });
  dyad::Status s = (*server)->Run();
  // Wake the waiter when Run ended by itself.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!s) { std::cerr << "dyad: " << s.message() << "\n"; return 1; }
  std::cerr << "dyad serve: stopped\n";
  return 0;
}
