// Plain, gzip and Zstandard byte streams; the buffered line reader.
#include "stream.h"

#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace dyad::corpus {
namespace {

constexpr size_t kChunk = 1 << 16;

class FileStream : public ByteStream {
 public:
  FileStream(FILE* f, std::string path) : f_(f), path_(std::move(path)) {}
  ~FileStream() override { fclose(f_); }
  Result<size_t> Read(char* buf, size_t n) override {
    size_t got = fread(buf, 1, n, f_);
    if (got == 0 && ferror(f_)) return Result<size_t>::Error(path_ + ": read error: " + strerror(errno));
    consumed_ += got;
    return got;
  }

 private:
  FILE* f_;
  std::string path_;
};

// The compressed file underneath a decompressor.
class Compressed : public ByteStream {
 protected:
  Compressed(FILE* f, std::string path) : f_(f), path_(std::move(path)), in_(kChunk) {}
  ~Compressed() override { fclose(f_); }
  // Refills the input buffer when empty; false at the end of the file.
  Result<bool> Refill() {
    if (in_pos_ < in_len_) return true;
    in_len_ = fread(in_.data(), 1, in_.size(), f_);
    in_pos_ = 0;
    if (in_len_ == 0 && ferror(f_)) return Result<bool>::Error(path_ + ": read error: " + strerror(errno));
    consumed_ += in_len_;
    return in_len_ > 0;
  }
  FILE* f_;
  std::string path_;
  std::vector<char> in_;
  size_t in_pos_ = 0, in_len_ = 0;
};

class GzipStream : public Compressed {
 public:
  GzipStream(FILE* f, std::string path) : Compressed(f, std::move(path)) {
    memset(&z_, 0, sizeof z_);
    ok_ = inflateInit2(&z_, 15 + 16) == Z_OK;
  }
  ~GzipStream() override { inflateEnd(&z_); }
  Result<size_t> Read(char* buf, size_t n) override {
    if (!ok_) return Result<size_t>::Error(path_ + ": cannot start gzip decompression");
    size_t produced = 0;
    while (produced == 0 && !done_) {
      auto more = Refill();
      if (!more) return more.status();
      if (!*more) {
        // The end of the file: fine between members, truncation inside one.
        if (in_member_) return Result<size_t>::Error(path_ + ": truncated gzip data");
        done_ = true;
        break;
      }
      z_.next_in = reinterpret_cast<Bytef*>(in_.data() + in_pos_);
      z_.avail_in = static_cast<uInt>(in_len_ - in_pos_);
      z_.next_out = reinterpret_cast<Bytef*>(buf);
      z_.avail_out = static_cast<uInt>(n);
      in_member_ = true;
      int rc = inflate(&z_, Z_NO_FLUSH);
      in_pos_ = in_len_ - z_.avail_in;
      produced = n - z_.avail_out;
      if (rc == Z_STREAM_END) {
        // Another member may follow (a .warc.gz has one per record).
        inflateReset(&z_);
        in_member_ = false;
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        return Result<size_t>::Error(path_ + ": corrupt gzip data" + (z_.msg ? std::string(" (") + z_.msg + ")" : ""));
      }
    }
    return produced;
  }

 private:
  z_stream z_;
  bool ok_ = false, done_ = false, in_member_ = false;
};

class ZstdStream : public Compressed {
 public:
  ZstdStream(FILE* f, std::string path) : Compressed(f, std::move(path)), d_(ZSTD_createDCtx()) {}
  ~ZstdStream() override { ZSTD_freeDCtx(d_); }
  Result<size_t> Read(char* buf, size_t n) override {
    size_t produced = 0;
    while (produced == 0 && !done_) {
      auto more = Refill();
      if (!more) return more.status();
      if (!*more) {
        if (in_frame_) return Result<size_t>::Error(path_ + ": truncated zstd data");
        done_ = true;
        break;
      }
      ZSTD_inBuffer in{in_.data(), in_len_, in_pos_};
      ZSTD_outBuffer out{buf, n, 0};
      size_t rc = ZSTD_decompressStream(d_, &out, &in);
      if (ZSTD_isError(rc))
        return Result<size_t>::Error(path_ + ": corrupt zstd data (" + ZSTD_getErrorName(rc) + ")");
      in_frame_ = rc != 0;  // 0: a frame ended exactly here
      in_pos_ = in.pos;
      produced = out.pos;
    }
    return produced;
  }

 private:
  ZSTD_DCtx* d_;
  bool done_ = false, in_frame_ = false;
};

}  // namespace

Result<std::unique_ptr<ByteStream>> OpenStream(const std::string& path, Compression c) {
  using R = Result<std::unique_ptr<ByteStream>>;
  FILE* f = fopen(path.c_str(), "rb");
  if (!f) return R::Error(path + ": cannot open: " + strerror(errno));
  switch (c) {
    case Compression::kGzip: return std::unique_ptr<ByteStream>(new GzipStream(f, path));
    case Compression::kZstd: return std::unique_ptr<ByteStream>(new ZstdStream(f, path));
    default: return std::unique_ptr<ByteStream>(new FileStream(f, path));
  }
}

Result<std::string> Inflate(const std::string& in, int window_bits, size_t limit) {
  z_stream z;
  memset(&z, 0, sizeof z);
  if (inflateInit2(&z, window_bits) != Z_OK) return Result<std::string>::Error("cannot start decompression");
  std::string out;
  char buf[kChunk];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > limit) { inflateEnd(&z); return Result<std::string>::Error("decompresses past the size limit"); }
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END) return Result<std::string>::Error("corrupt compressed content");
  return out;
}

Result<bool> LineReader::Fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + kChunk);
  auto got = in_->Read(buf_.data() + old, kChunk);
  if (!got) { buf_.resize(old); return got.status(); }
  buf_.resize(old + *got);
  if (*got == 0) eof_ = true;
  return *got > 0;
}

Result<bool> LineReader::Line(std::string* line, size_t limit, size_t* length) {
  line->clear();
  *length = 0;
  bool any = false;
  for (;;) {
    size_t nl = buf_.find('\n', pos_);
    size_t end = nl == std::string::npos ? buf_.size() : nl;
    if (end > pos_) {
      any = true;
      size_t take = end - pos_;
      if (line->size() < limit + 1) line->append(buf_, pos_, std::min(take, limit + 1 - line->size()));
      *length += take;
    }
    if (nl != std::string::npos) {
      pos_ = nl + 1;
      any = true;
      break;
    }
    pos_ = buf_.size();
    auto more = Fill();
    if (!more) return more.status();
    if (!*more) break;
  }
  if (!line->empty() && line->back() == '\r' && *length <= limit + 1) {
    line->pop_back();
    --*length;
  }
  return any;
}

Result<size_t> LineReader::Exact(size_t n, std::string* out) {
  out->clear();
  while (out->size() < n) {
    if (pos_ >= buf_.size()) {
      auto more = Fill();
      if (!more) return more.status();
      if (!*more) break;
    }
    size_t take = std::min(n - out->size(), buf_.size() - pos_);
    out->append(buf_, pos_, take);
    pos_ += take;
  }
  return out->size();
}

Result<size_t> LineReader::Skip(size_t n) {
  size_t skipped = 0;
  while (skipped < n) {
    if (pos_ >= buf_.size()) {
      auto more = Fill();
      if (!more) return more.status();
      if (!*more) break;
    }
    size_t take = std::min(n - skipped, buf_.size() - pos_);
    pos_ += take;
    skipped += take;
  }
  return skipped;
}

}  // namespace dyad::corpus
