// The story queue on a Redis stream, through hiredis. See dyad/queue.h.
#include <hiredis/hiredis.h>
#include <unistd.h>

#include <cstring>
#include <nlohmann/json.hpp>

#include "dyad/queue.h"

namespace dyad::queue {
namespace {

struct ReplyDeleter {
  void operator()(redisReply* r) const { freeReplyObject(r); }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

std::string Str(const redisReply* r) {
  return r && (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS) ? std::string(r->str, r->len) : "";
}

// Stream entries ([[id, [field, value, ...]], ...]) -> entries with a "story" field.
std::vector<Entry> Entries(const redisReply* list) {
  std::vector<Entry> out;
  if (!list || list->type != REDIS_REPLY_ARRAY) return out;
  for (size_t i = 0; i < list->elements; ++i) {
    const redisReply* e = list->element[i];
    if (!e || e->type != REDIS_REPLY_ARRAY || e->elements < 2) continue;  // deleted meanwhile (Redis 6.2: nil)
    Entry entry;
    entry.id = Str(e->element[0]);
    const redisReply* fields = e->element[1];
    if (fields && fields->type == REDIS_REPLY_ARRAY)
      for (size_t f = 0; f + 1 < fields->elements; f += 2)
        if (Str(fields->element[f]) == "story") entry.story = Str(fields->element[f + 1]);
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace

struct RedisQueue::Conn {
  redisContext* c = nullptr;
  std::string where;
  ~Conn() {
    if (c) redisFree(c);
  }
  // Runs one command; an error names the server and the command.
  Result<Reply> Run(const std::vector<std::string>& args) {
    std::vector<const char*> argv;
    std::vector<size_t> lens;
    for (const auto& a : args) {
      argv.push_back(a.data());
      lens.push_back(a.size());
    }
    Reply r(static_cast<redisReply*>(redisCommandArgv(c, static_cast<int>(argv.size()), argv.data(), lens.data())));
    if (!r) return Result<Reply>::Error("redis " + where + ": " + args[0] + ": " + (c->errstr[0] ? c->errstr : "no reply"));
    if (r->type == REDIS_REPLY_ERROR) return Result<Reply>::Error("redis " + where + ": " + args[0] + ": " + std::string(r->str, r->len));
    return r;
  }
};

Result<Address> ParseUrl(const std::string& url) {
  using R = Result<Address>;
  const std::string scheme = "redis://";
  if (url.rfind(scheme, 0) != 0) return R::Error("queue '" + url + "': expected redis://HOST[:PORT]/STREAM");
  std::string rest = url.substr(scheme.size());
  size_t slash = rest.find('/');
  if (slash == std::string::npos || slash + 1 >= rest.size())
    return R::Error("queue '" + url + "': no stream name (redis://HOST[:PORT]/STREAM)");
  Address a;
  a.stream = rest.substr(slash + 1);
  std::string hostport = rest.substr(0, slash);
  size_t colon = hostport.rfind(':');
  if (colon != std::string::npos) {
    std::string port = hostport.substr(colon + 1);
    char* end = nullptr;
    long p = strtol(port.c_str(), &end, 10);
    if (port.empty() || *end || p <= 0 || p > 65535) return R::Error("queue '" + url + "': bad port '" + port + "'");
    a.port = static_cast<int>(p);
    hostport = hostport.substr(0, colon);
  }
  if (!hostport.empty()) a.host = hostport;
  return a;
}

RedisQueue::RedisQueue(std::unique_ptr<Conn> conn, Address address, std::string group, std::string consumer)
    : conn_(std::move(conn)), address_(std::move(address)), group_(std::move(group)), consumer_(std::move(consumer)) {}
RedisQueue::~RedisQueue() = default;

Result<std::unique_ptr<RedisQueue>> RedisQueue::Connect(const std::string& url, const std::string& group,
                                                        const std::string& consumer) {
  using R = Result<std::unique_ptr<RedisQueue>>;
  auto address = ParseUrl(url);
  if (!address) return R(address.status());
  auto conn = std::make_unique<Conn>();
  conn->where = address->host + ":" + std::to_string(address->port);
  timeval tv{5, 0};
  conn->c = redisConnectWithTimeout(address->host.c_str(), address->port, tv);
  if (!conn->c || conn->c->err)
    return R::Error("redis " + conn->where + ": cannot connect: " + (conn->c ? conn->c->errstr : "out of memory"));
  std::string name = consumer;
  if (name.empty()) {
    char host[256] = "host";
    gethostname(host, sizeof host - 1);
    name = std::string(host) + ":" + std::to_string(getpid());
  }
  return std::unique_ptr<RedisQueue>(new RedisQueue(std::move(conn), std::move(*address), group, name));
}

Result<std::string> RedisQueue::Add(const std::string& story) {
  auto r = conn_->Run({"XADD", address_.stream, "*", "story", story});
  if (!r) return r.status();
  return Str(r->get());
}

Result<uint64_t> RedisQueue::Length() {
  auto r = conn_->Run({"XLEN", address_.stream});
  if (!r) return r.status();
  return static_cast<uint64_t>((*r)->integer);
}

Status RedisQueue::EnsureGroup() {
  auto r = conn_->Run({"XGROUP", "CREATE", address_.stream, group_, "0", "MKSTREAM"});
  if (!r && r.error().find("BUSYGROUP") == std::string::npos) return r.status();
  return Status::Ok();
}

Result<std::vector<Entry>> RedisQueue::Claim(uint64_t min_idle_ms, size_t count) {
  // XAUTOCLAIM key group consumer min-idle start COUNT n -> [next, entries, (7.0:) deleted]
  auto r = conn_->Run({"XAUTOCLAIM", address_.stream, group_, consumer_, std::to_string(min_idle_ms), claim_cursor_,
                       "COUNT", std::to_string(count)});
  if (!r) return r.status();
  const redisReply* reply = r->get();
  if (reply->type != REDIS_REPLY_ARRAY || reply->elements < 2)
    return Result<std::vector<Entry>>::Error("redis " + conn_->where + ": XAUTOCLAIM: unexpected reply");
  claim_cursor_ = Str(reply->element[0]);
  if (claim_cursor_.empty()) claim_cursor_ = "0-0";
  // Entries deleted while pending are dropped from the pending list by Redis 7 (listed
  // in the third element); nothing to do for them.
  return Entries(reply->element[1]);
}

Result<std::vector<Entry>> RedisQueue::Read(size_t count, int block_ms) {
  std::vector<std::string> args = {"XREADGROUP", "GROUP", group_, consumer_, "COUNT", std::to_string(count)};
  if (block_ms > 0) {
    args.push_back("BLOCK");
    args.push_back(std::to_string(block_ms));
  }
  args.insert(args.end(), {"STREAMS", address_.stream, ">"});
  auto r = conn_->Run(args);
  if (!r) return r.status();
  const redisReply* reply = r->get();
  if (reply->type == REDIS_REPLY_NIL) return std::vector<Entry>();
  // [[stream, entries]]
  if (reply->type != REDIS_REPLY_ARRAY || reply->elements < 1 || reply->element[0]->type != REDIS_REPLY_ARRAY ||
      reply->element[0]->elements < 2)
    return Result<std::vector<Entry>>::Error("redis " + conn_->where + ": XREADGROUP: unexpected reply");
  return Entries(reply->element[0]->element[1]);
}

Status RedisQueue::Ack(const std::vector<std::string>& ids) {
  if (ids.empty()) return Status::Ok();
  std::vector<std::string> ack = {"XACK", address_.stream, group_};
  std::vector<std::string> del = {"XDEL", address_.stream};
  ack.insert(ack.end(), ids.begin(), ids.end());
  del.insert(del.end(), ids.begin(), ids.end());
  if (auto r = conn_->Run(ack); !r) return r.status();
  if (auto r = conn_->Run(del); !r) return r.status();
  return Status::Ok();
}

Result<Pending> RedisQueue::PendingSummary() {
  // XPENDING key group -> [count, min-id, max-id, [[consumer, count], ...]]
  auto r = conn_->Run({"XPENDING", address_.stream, group_});
  if (!r) return r.status();
  const redisReply* reply = r->get();
  Pending p;
  if (reply->type != REDIS_REPLY_ARRAY || reply->elements < 4) return p;
  p.total = static_cast<uint64_t>(reply->element[0]->integer);
  const redisReply* consumers = reply->element[3];
  if (consumers && consumers->type == REDIS_REPLY_ARRAY)
    for (size_t i = 0; i < consumers->elements; ++i) {
      const redisReply* c = consumers->element[i];
      if (c->type != REDIS_REPLY_ARRAY || c->elements < 2) continue;
      if (Str(c->element[0]) != consumer_) p.others += std::strtoull(Str(c->element[1]).c_str(), nullptr, 10);
    }
  return p;
}

std::string RedisQueue::StoryLine(const Document& doc) {
  nlohmann::json j = {{"id", doc.id}, {"text", doc.raw}};
  if (!doc.date.empty()) j["date"] = doc.date;
  if (!doc.source.empty()) j["source"] = doc.source;
  if (!doc.url.empty()) j["url"] = doc.url;
  if (!doc.title.empty()) j["title"] = doc.title;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace dyad::queue
