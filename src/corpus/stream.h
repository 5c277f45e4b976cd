// Byte streams over files: plain, gzip (multi-member) and Zstandard (multi-frame), and a
// buffered reader on top that reads lines and exact byte counts. Private to src/corpus.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "dyad/corpus.h"
#include "dyad/status.h"

namespace dyad::corpus {

// A source of decompressed bytes. Read returns the number of bytes placed in `buf`, 0 at
// the end; an error names the file and what is wrong with it.
class ByteStream {
 public:
  virtual ~ByteStream() = default;
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
  // Bytes taken from the file so far (compressed bytes).
  uint64_t consumed() const { return consumed_; }

 protected:
  uint64_t consumed_ = 0;
};

// Opens `path` with the decompressor `c`; an error when the file cannot be opened.
Result<std::unique_ptr<ByteStream>> OpenStream(const std::string& path, Compression c);

// Gunzips a whole buffer (gzip or zlib or raw deflate, as `windowBits` says); used for
// HTTP Content-Encoding. An error when the data is corrupt or inflates past `limit`.
Result<std::string> Inflate(const std::string& in, int window_bits, size_t limit);

class LineReader {
 public:
  explicit LineReader(ByteStream* in) : in_(in) {}
  // Reads up to and without the next '\n' (a trailing '\r' is dropped). Returns false at
  // the end of the stream. A line longer than `limit` is consumed whole, and `line` holds
  // its first `limit` + 1 bytes so the caller sees it is too long; `length` is its full
  // length.
  Result<bool> Line(std::string* line, size_t limit, size_t* length);
  // Reads exactly `n` bytes (fewer only at the end of the stream) into `out`.
  Result<size_t> Exact(size_t n, std::string* out);
  // Skips `n` bytes.
  Result<size_t> Skip(size_t n);
  // Compressed bytes consumed from the file.
  uint64_t consumed() const { return in_->consumed(); }

 private:
  Result<bool> Fill();
  ByteStream* in_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
};

}  // namespace dyad::corpus
