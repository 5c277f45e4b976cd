// WARC records to documents: response records with HTTP headers and an HTML or text
// payload. See dyad/corpus.h.
#include <algorithm>
#include <cstring>

#include "dyad/corpus.h"
#include "stream.h"

namespace dyad::corpus::warc {
namespace {

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

struct Http {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  std::string Header(const std::string& name) const {
    for (const auto& [k, v] : headers)
      if (k == name) return v;
    return "";
  }
};

// Splits an HTTP response message; false when it is not one.
bool ParseHttp(const std::string& block, Http* out) {
  size_t end = block.find("\r\n\r\n");
  size_t sep = 4;
  if (end == std::string::npos) { end = block.find("\n\n"); sep = 2; }
  if (end == std::string::npos) { end = block.size(); sep = 0; }
  std::string head = block.substr(0, end);
  size_t line_end = head.find('\n');
  std::string status_line = Trim(head.substr(0, line_end));
  if (status_line.rfind("HTTP/", 0) != 0) return false;
  size_t sp = status_line.find(' ');
  if (sp == std::string::npos) return false;
  out->status = atoi(status_line.c_str() + sp + 1);
  size_t pos = line_end == std::string::npos ? head.size() : line_end + 1;
  while (pos < head.size()) {
    size_t nl = head.find('\n', pos);
    std::string line = head.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    pos = nl == std::string::npos ? head.size() : nl + 1;
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    out->headers.emplace_back(Lower(Trim(line.substr(0, colon))), Trim(line.substr(colon + 1)));
  }
  out->body = end + sep <= block.size() ? block.substr(end + sep) : "";
  return true;
}

// Undoes "Transfer-Encoding: chunked"; false when the chunks are malformed.
bool Dechunk(const std::string& in, std::string* out) {
  out->clear();
  size_t pos = 0;
  while (pos < in.size()) {
    size_t nl = in.find('\n', pos);
    if (nl == std::string::npos) return false;
    char* end = nullptr;
    std::string size_text = in.substr(pos, nl - pos);
    unsigned long size = strtoul(size_text.c_str(), &end, 16);
    if (end == size_text.c_str()) return false;
    pos = nl + 1;
    if (size == 0) return true;
    if (pos + size > in.size()) return false;
    out->append(in, pos, size);
    pos += size;
    if (in.compare(pos, 2, "\r\n") == 0) pos += 2;
    else if (pos < in.size() && in[pos] == '\n') pos += 1;
  }
  return true;
}

// Windows-1252 (a superset of ISO-8859-1's printable range) to UTF-8.
std::string Cp1252ToUtf8(const std::string& in) {
  static const char16_t kHigh[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                     0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  for (unsigned char c : in) {
    char32_t cp = c < 0x80 ? c : (c < 0xA0 ? kHigh[c - 0x80] : c);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

// The charset parameter of a Content-Type, lower-cased; "" when none.
std::string Charset(const std::string& content_type) {
  std::string ct = Lower(content_type);
  size_t at = ct.find("charset=");
  if (at == std::string::npos) return "";
  std::string cs = ct.substr(at + 8);
  size_t end = cs.find_first_of("; ");
  cs = cs.substr(0, end);
  cs.erase(std::remove(cs.begin(), cs.end(), '"'), cs.end());
  return cs;
}

}  // namespace

std::string Record::Header(const std::string& name) const {
  std::string want = Lower(name);
  for (const auto& [k, v] : headers)
    if (Lower(k) == want) return v;
  return "";
}

Result<std::optional<Document>> ToDocument(const Record& record, const std::string& origin,
                                           const ingest::Options& options) {
  using R = Result<std::optional<Document>>;
  std::string type = Lower(record.Header("WARC-Type"));
  std::string content_type = Lower(record.Header("Content-Type"));
  std::string payload_type, payload;
  if (type == "response") {
    if (content_type.rfind("application/http", 0) != 0) return std::optional<Document>();
    Http http;
    if (!ParseHttp(record.block, &http)) return R::Error(origin + ": response record without an HTTP status line");
    if (http.status < 200 || http.status > 299) return std::optional<Document>();
    payload_type = http.Header("content-type");
    payload = std::move(http.body);
    if (Lower(http.Header("transfer-encoding")).find("chunked") != std::string::npos) {
      std::string plain;
      if (!Dechunk(payload, &plain)) return R::Error(origin + ": malformed chunked transfer encoding");
      payload.swap(plain);
    }
    std::string encoding = Lower(http.Header("content-encoding"));
    if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
      // Crawlers usually store payloads decoded but keep the header; only inflate what
      // is really compressed.
      bool gz = payload.size() > 2 && static_cast<unsigned char>(payload[0]) == 0x1f &&
                static_cast<unsigned char>(payload[1]) == 0x8b;
      bool zl = encoding == "deflate" && payload.size() > 2 && (static_cast<unsigned char>(payload[0]) & 0x0f) == 8;
      if (gz || zl) {
        auto plain = Inflate(payload, gz ? 15 + 16 : 15, options.max_document_bytes);
        if (!plain) return R::Error(origin + ": content encoding " + encoding + ": " + plain.error());
        payload = std::move(*plain);
      }
    } else if (!encoding.empty() && encoding != "identity") {
      return R::Error(origin + ": unsupported content encoding '" + encoding + "'");
    }
  } else if (type == "resource") {
    payload_type = content_type;
    payload = record.block;
  } else {
    return std::optional<Document>();  // warcinfo, request, metadata, revisit, conversion
  }
  std::string pt = Lower(payload_type);
  bool html = pt.empty() || pt.find("text/html") != std::string::npos ||
              pt.find("application/xhtml") != std::string::npos;
  bool text = pt.find("text/plain") != std::string::npos;
  if (!html && !text) return std::optional<Document>();
  std::string charset = Charset(pt);
  if (charset == "iso-8859-1" || charset == "latin1" || charset == "latin-1" || charset == "windows-1252" ||
      charset == "cp1252" || charset == "us-ascii" || charset == "ascii") {
    if (!ingest::IsValidUtf8(payload)) payload = Cp1252ToUtf8(payload);
  } else if (!charset.empty() && charset != "utf-8" && charset != "utf8") {
    return R::Error(origin + ": unsupported charset '" + charset + "'");
  }
  std::string uri = record.Header("WARC-Target-URI");
  if (uri.size() > 1 && uri.front() == '<' && uri.back() == '>') uri = uri.substr(1, uri.size() - 2);  // WARC/1.0 style
  ingest::Options o = options;
  o.id = !uri.empty() ? uri : record.Header("WARC-Record-ID");
  o.date.clear();  // the page's own date first
  Result<Document> doc = html ? ingest::FromHtml(payload, origin, o) : ingest::FromText(std::move(payload), origin, o);
  if (!doc) return doc.status();
  doc->url = uri;
  if (doc->date.empty()) {
    std::string warc_date = record.Header("WARC-Date");
    if (warc_date.size() >= 10) doc->date = warc_date.substr(0, 10);
    else doc->date = options.date;
  }
  return std::optional<Document>(std::move(*doc));
}

}  // namespace dyad::corpus::warc
