// Reading corpora: directories, JSON lines (plain, gzip, zstd), WARC with per-record gzip.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <filesystem>
#include <fstream>

#include "dyad/corpus.h"

namespace dyad::corpus {
namespace {

namespace fs = std::filesystem;

class CorpusTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dyad-corpus-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = fs::path(dir_) / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  static std::string Gzip(const std::string& in) {
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&z, in.size()) + 32, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
  }
  static std::string Zstd(const std::string& in) {
    std::string out(ZSTD_compressBound(in.size()), '\0');
    out.resize(ZSTD_compress(out.data(), out.size(), in.data(), in.size(), 3));
    return out;
  }
  struct Read {
    std::vector<Document> docs;
    std::vector<std::string> errors;
  };
  static Read ReadAll(const std::vector<std::string>& paths, ingest::Options o = {}) {
    Expansion e = Expand(paths);
    Read r;
    r.errors = e.errors;
    Reader(e.inputs, o).ForEach([&](Result<Document> d) {
      if (d) r.docs.push_back(std::move(*d));
      else r.errors.push_back(d.error());
      return true;
    });
    return r;
  }
  std::string dir_;
};

const char* kJsonl =
    "{\"id\":\"a\",\"date\":\"2026-01-16\",\"source\":\"AP\",\"text\":\"Iran accused Israel of the attack.\"}\n"
    "{\"id\":\"b\",\"date\":\"2026-01-17\",\"html\":\"<p>Egypt hosted talks between Israel and Hamas.</p>\"}\n"
    "not json at all\n"
    "\n"
    "{\"id\":\"c\",\"text\":\"Russia and China signed a trade agreement.\"}\n";

TEST_F(CorpusTest, JsonLinesPlainGzipZstdReadTheSame) {
  std::string plain = Write("feed.jsonl", kJsonl);
  // Two gzip members back to back (as concatenated files are): one stream of lines.
  std::string half = std::string(kJsonl).substr(0, 100), rest = std::string(kJsonl).substr(100);
  std::string gz = Write("feed.jsonl.gz", Gzip(half) + Gzip(rest));
  std::string zst = Write("feed.ndjson.zst", Zstd(half) + Zstd(rest));
  for (const auto& path : {plain, gz, zst}) {
    Read r = ReadAll({path});
    ASSERT_EQ(r.docs.size(), 3u) << path;
    EXPECT_EQ(r.docs[0].id, "a");
    EXPECT_EQ(r.docs[0].source, "AP");
    EXPECT_EQ(r.docs[0].raw, "Iran accused Israel of the attack.");
    EXPECT_EQ(r.docs[1].raw, "Egypt hosted talks between Israel and Hamas.");
    EXPECT_EQ(r.docs[2].id, "c");
    ASSERT_EQ(r.errors.size(), 1u) << path;
    EXPECT_EQ(r.errors[0], path + ":3: malformed JSON");
  }
}

TEST_F(CorpusTest, CorruptAndTruncatedCompressionIsAnErrorNamingTheFile) {
  std::string good = Gzip(kJsonl);
  std::string truncated = Write("cut.jsonl.gz", good.substr(0, good.size() / 2));
  std::string garbage = Write("junk.jsonl.zst", "this is not zstd data at all");
  std::string after = Write("after.jsonl", "{\"id\":\"z\",\"text\":\"Japan protested to China.\"}\n");
  Read r = ReadAll({truncated, garbage, after});
  // Whatever was readable before the damage is read; the next file is read in full.
  ASSERT_FALSE(r.docs.empty());
  EXPECT_EQ(r.docs.back().id, "z");
  ASSERT_GE(r.errors.size(), 2u);
  bool cut = false, junk = false;
  for (const auto& e : r.errors) {
    cut |= e.rfind(truncated + ": truncated gzip data", 0) == 0;
    junk |= e.rfind(garbage + ": corrupt zstd data", 0) == 0;
  }
  EXPECT_TRUE(cut && junk) << ::testing::PrintToString(r.errors);
}

// A WARC record with CRLF line ends, as crawlers write them.
std::string Record(const std::string& type, const std::string& uri, const std::string& content_type,
                   const std::string& block, const std::string& date = "2026-02-03T10:00:00Z") {
  std::string h = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + std::to_string(block.size()) +
                  ">\r\nWARC-Date: " + date + "\r\n";
  if (!uri.empty()) h += "WARC-Target-URI: " + uri + "\r\n";
  h += "Content-Type: " + content_type + "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  return h + block + "\r\n\r\n";
}

std::string Http(const std::string& status, const std::string& headers, const std::string& body) {
  return "HTTP/1.1 " + status + "\r\n" + headers + "\r\n" + body;
}

TEST_F(CorpusTest, WarcResponsesBecomeDocumentsOthersAreSkipped) {
  std::string page =
      "<html><head><title>Talks in Cairo</title><meta property=\"article:published_time\" "
      "content=\"2026-02-01T08:00:00Z\"></head><body><nav>Home | World</nav>"
      "<p>Egypt hosted talks between Israel and Hamas on Sunday.</p></body></html>";
  std::string latin1 = "<p>Le pr\xe9sident fran\xe7" "ais a rencontr\xe9 le chancelier.</p>";
  std::string chunked_plain = "<p>Russia and China signed a trade agreement.</p>";
  std::string gz = Gzip(chunked_plain);
  char size_hex[16];
  snprintf(size_hex, sizeof size_hex, "%zx", gz.size());
  std::string chunked = std::string(size_hex) + "\r\n" + gz + "\r\n0\r\n\r\n";
  std::vector<std::string> records = {
      Record("warcinfo", "", "application/warc-fields", "software: test\r\n"),
      Record("request", "https://news.example/cairo", "application/http; msgtype=request",
             "GET /cairo HTTP/1.1\r\nHost: news.example\r\n\r\n"),
      Record("response", "https://news.example/cairo", "application/http; msgtype=response",
             Http("200 OK", "Content-Type: text/html; charset=utf-8\r\n", page)),
      Record("response", "https://news.example/old", "application/http; msgtype=response",
             Http("301 Moved Permanently", "Location: /new\r\n", "")),
      Record("response", "https://news.example/logo.png", "application/http; msgtype=response",
             Http("200 OK", "Content-Type: image/png\r\n", "\x89PNG....")),
      Record("response", "https://news.example/fr", "application/http; msgtype=response",
             Http("200 OK", "Content-Type: text/html; charset=ISO-8859-1\r\n", latin1)),
      Record("response", "https://news.example/trade", "application/http; msgtype=response",
             Http("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked)),
      Record("response", "https://news.example/bad", "application/http; msgtype=response",
             Http("200 OK", "Content-Type: text/html\r\n", "<p>Bad \xff\xfe bytes</p>")),
  };
  std::string plain, per_record_gzip;
  for (const auto& r : records) {
    plain += r;
    per_record_gzip += Gzip(r);
  }
  for (const auto& path : {Write("crawl.warc", plain), Write("crawl.warc.gz", per_record_gzip)}) {
    Read r = ReadAll({path});
    ASSERT_EQ(r.docs.size(), 3u) << path << ::testing::PrintToString(r.errors);
    EXPECT_EQ(r.docs[0].id, "https://news.example/cairo");
    EXPECT_EQ(r.docs[0].url, "https://news.example/cairo");
    EXPECT_EQ(r.docs[0].title, "Talks in Cairo");
    EXPECT_EQ(r.docs[0].date, "2026-02-01");  // the page's own date first
    EXPECT_NE(r.docs[0].raw.find("Egypt hosted talks between Israel and Hamas on Sunday."), std::string::npos);
    EXPECT_EQ(r.docs[0].raw.find("Home | World"), std::string::npos);
    EXPECT_EQ(r.docs[1].raw, "Le président français a rencontré le chancelier.");
    EXPECT_EQ(r.docs[1].date, "2026-02-03");  // else the crawl's
    EXPECT_EQ(r.docs[2].raw, "Russia and China signed a trade agreement.");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].rfind(path + " record 8 <https://news.example/bad>: invalid UTF-8", 0), 0u) << r.errors[0];
  }
}

TEST_F(CorpusTest, TruncatedWarcRecordAndNonWarcFile) {
  std::string full = Record("response", "https://news.example/a", "application/http; msgtype=response",
                            Http("200 OK", "Content-Type: text/plain\r\n", "Iran accused Israel of the attack."));
  std::string cut = Write("cut.warc", full + full.substr(0, full.size() - 20));
  std::string other = Write("notes.warc", "hello\nworld\n");
  Read r = ReadAll({cut, other});
  ASSERT_EQ(r.docs.size(), 1u);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0], cut + " record 2 <https://news.example/a>: truncated record");
  EXPECT_EQ(r.errors[1].rfind(other + ": not a WARC file", 0), 0u) << r.errors[1];
}

TEST_F(CorpusTest, DirectoriesAreWalkedInOrderWithIdsFromPaths) {
  Write("news/politics/001.txt", "Iran accused Israel of the attack.");
  Write("news/business/001.txt", "Japan and China signed a trade deal.");
  Write("news/business/002.html", "<p>Egypt hosted talks.</p>");
  Write("news/feeds/day.jsonl.gz", Gzip("{\"text\":\"Russia criticised NATO.\"}\n"));
  Write("news/README.TXT", "about this corpus");
  Write("news/data.csv", "a,b\n");
  Write("news/.hidden/x.txt", "not read");
  Expansion e = Expand({dir_ + "/news"});
  EXPECT_EQ(e.skipped, 2u);
  EXPECT_GT(e.total_bytes, 0u);
  Read r = ReadAll({dir_ + "/news", dir_ + "/missing", Write("table.csv", "x")});
  std::vector<std::string> ids;
  for (const auto& d : r.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"news/business/001", "news/business/002", "news/feeds/day:1",
                                           "news/politics/001"}));
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0], dir_ + "/missing: no such file or directory");
  EXPECT_NE(r.errors[1].find("table.csv: unknown file type '.csv'"), std::string::npos);
}

TEST_F(CorpusTest, ProgressCountsCompressedBytes) {
  std::string big;
  for (int i = 0; i < 2000; ++i)
    big += "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"Iran accused Israel of attack number " + std::to_string(i) + ".\"}\n";
  std::string path = Write("big.jsonl.gz", Gzip(big));
  Expansion e = Expand({path});
  Reader reader(e.inputs, {});
  uint64_t midway = 0;
  size_t n = 0;
  reader.ForEach([&](Result<Document> d) {
    if (++n == 1000) midway = reader.bytes_read();
    return true;
  });
  EXPECT_EQ(n, 2000u);
  EXPECT_GT(midway, 0u);
  EXPECT_LE(midway, e.total_bytes);
  EXPECT_EQ(reader.bytes_read(), e.total_bytes);
}

}  // namespace
}  // namespace dyad::corpus
