// Real servers for tests, started in a temporary directory on a free port of 127.0.0.1:
// PostgreSQL (initdb + pg_ctl, as the postgres user when run as root; the same recipe as
// src/store/postgres_test.cc) and Redis (redis-server --save '' --appendonly no). Each
// Start returns an empty string on success, else why the test must be skipped.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace dyad::testing {

inline int FreeLocalPort() {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  if (bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
    close(s);
    return 0;
  }
  close(s);
  return ntohs(a.sin_port);
}

inline std::string FindProgram(const std::string& name, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> dirs = extra;
  if (const char* path = std::getenv("PATH")) {
    std::stringstream ss(path);
    for (std::string d; std::getline(ss, d, ':');) dirs.push_back(d);
  }
  dirs.push_back("/usr/sbin");
  dirs.push_back("/usr/bin");
  for (const auto& d : dirs) {
    std::error_code ec;
    auto p = std::filesystem::path(d) / name;
    if (!d.empty() && std::filesystem::exists(p, ec)) return p.string();
  }
  return "";
}

class PostgresServer {
 public:
  ~PostgresServer() {
    if (!pg_ctl_.empty()) std::system((pg_ctl_ + " -m immediate stop >/dev/null 2>&1").c_str());
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }
  std::string Start() {
    std::vector<std::string> dirs;
    if (const char* env = std::getenv("DYAD_PG_BIN")) dirs.push_back(env);
    if (std::filesystem::is_directory("/usr/lib/postgresql"))
      for (const auto& v : std::filesystem::directory_iterator("/usr/lib/postgresql")) dirs.push_back((v.path() / "bin").string());
    std::string initdb = FindProgram("initdb", dirs);
    std::string bin = initdb.empty() ? "" : std::filesystem::canonical(initdb).parent_path().string();
    if (bin.empty() || !std::filesystem::exists(bin + "/pg_ctl"))
      return "PostgreSQL server binaries (initdb, pg_ctl) not found; install the Debian package postgresql";
    char tmpl[] = "/tmp/dyad-pgq-XXXXXX";
    dir_ = mkdtemp(tmpl);
    std::string as;
    if (geteuid() == 0) {
      passwd* pw = getpwnam("postgres");
      if (!pw) return "running as root and there is no postgres user to run the server";
      if (chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0) return "cannot hand " + dir_ + " to the postgres user";
      as = "runuser -u postgres -- ";
    }
    port_ = FreeLocalPort();
    std::string data = dir_ + "/data";
    if (std::system((as + bin + "/initdb -D " + data + " -U dyad --auth=trust --locale=C -E UTF8 >" + dir_ +
                     "/initdb.log 2>&1").c_str()) != 0)
      return "initdb failed; see " + dir_ + "/initdb.log";
    pg_ctl_ = as + bin + "/pg_ctl -D " + data;
    std::string start = pg_ctl_ + " -w -t 60 -l " + dir_ + "/server.log -o \"-p " + std::to_string(port_) + " -k " + dir_ +
                        " -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null 2>&1";
    if (std::system(start.c_str()) != 0) {
      pg_ctl_.clear();
      return "the PostgreSQL server did not start; see " + dir_ + "/server.log";
    }
    createdb_ = std::filesystem::exists(bin + "/createdb") ? bin + "/createdb" : "createdb";
    return "";
  }
  // A new empty database; its URL, or "" when createdb failed.
  std::string CreateDatabase(const std::string& name) {
    std::string cmd = createdb_ + " -h 127.0.0.1 -p " + std::to_string(port_) + " -U dyad " + name + " >/dev/null 2>&1";
    if (std::system(cmd.c_str()) != 0) return "";
    return "postgresql://dyad@127.0.0.1:" + std::to_string(port_) + "/" + name;
  }

 private:
  std::string dir_, pg_ctl_, createdb_;
  int port_ = 0;
};

class RedisServer {
 public:
  ~RedisServer() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }
  std::string Start() {
    std::string server = FindProgram("redis-server");
    if (server.empty()) return "redis-server not found; install the Debian package redis-server";
    char tmpl[] = "/tmp/dyad-redis-XXXXXX";
    dir_ = mkdtemp(tmpl);
    port_ = FreeLocalPort();
    pid_ = fork();
    if (pid_ == 0) {
      std::string port = std::to_string(port_), log = dir_ + "/redis.log";
      execl(server.c_str(), server.c_str(), "--port", port.c_str(), "--bind", "127.0.0.1", "--dir", dir_.c_str(),
            "--save", "", "--appendonly", "no", "--logfile", log.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    // Ready when it accepts connections.
    for (int i = 0; i < 100; ++i) {
      int s = socket(AF_INET, SOCK_STREAM, 0);
      sockaddr_in a{};
      a.sin_family = AF_INET;
      a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      a.sin_port = htons(static_cast<uint16_t>(port_));
      bool ok = connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
      close(s);
      if (ok) return "";
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return "redis-server did not start; see " + dir_ + "/redis.log";
  }
  std::string Url(const std::string& stream) const { return "redis://127.0.0.1:" + std::to_string(port_) + "/" + stream; }

 private:
  std::string dir_;
  int port_ = 0;
  pid_t pid_ = -1;
};

}  // namespace dyad::testing
