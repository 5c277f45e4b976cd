// The progress line of a long ingest: redrawn on a terminal, logged otherwise.
#include <cstdio>
#include <string>

#include "dyad/pipeline.h"

namespace dyad::pipeline {
namespace {

std::string Rate(double count, double seconds) {
  double r = seconds > 0 ? count / seconds : 0;
  char buf[32];
  if (r >= 10000) snprintf(buf, sizeof buf, "%.0fk", r / 1000);
  else if (r >= 100) snprintf(buf, sizeof buf, "%.0f", r);
  else snprintf(buf, sizeof buf, "%.1f", r);
  return buf;
}

std::string Duration(double s) {
  char buf[32];
  long t = static_cast<long>(s + 0.5);
  if (t >= 3600) snprintf(buf, sizeof buf, "%ldh%02ldm", t / 3600, (t / 60) % 60);
  else if (t >= 60) snprintf(buf, sizeof buf, "%ldm%02lds", t / 60, t % 60);
  else snprintf(buf, sizeof buf, "%lds", t);
  return buf;
}

}  // namespace

std::string Progress::Line(const Stats& s) {
  std::string line = std::to_string(s.read) + " docs";
  if (s.skipped) line += " (" + std::to_string(s.skipped) + " already stored)";
  line += ", " + std::to_string(s.events) + " events, " + std::to_string(s.failed) + " failed | " +
          Rate(static_cast<double>(s.read - s.skipped), s.seconds) + " docs/s, " +
          Rate(static_cast<double>(s.sentences), s.seconds) + " sent/s, " +
          Rate(static_cast<double>(s.events), s.seconds) + " events/s";
  if (s.bytes_total > 0) {
    double f = std::min(1.0, static_cast<double>(s.bytes_read) / static_cast<double>(s.bytes_total));
    char pct[16];
    snprintf(pct, sizeof pct, "%.1f%%", 100 * f);
    line += std::string(" | ") + pct;
    if (f > 0.001 && f < 1 && s.seconds > 1) line += " ETA " + Duration(s.seconds * (1 - f) / f);
  }
  line += " | " + Duration(s.seconds);
  return line;
}

Progress::Progress(FILE* out, bool terminal, double log_every_seconds)
    : out_(out), terminal_(terminal), every_(log_every_seconds) {}

void Progress::Update(const Stats& stats, bool final) {
  double gap = terminal_ ? 0.2 : every_;
  if (!final && last_ >= 0 && stats.seconds - last_ < gap) return;
  if (!final && last_ < 0 && !terminal_ && stats.seconds < every_) return;
  last_ = stats.seconds;
  std::string line = Progress::Line(stats);
  if (terminal_) {
    std::string pad = line.size() < width_ ? std::string(width_ - line.size(), ' ') : "";
    width_ = line.size();
    fprintf(out_, "\r%s%s%s", line.c_str(), pad.c_str(), final ? "\n" : "");
  } else if (!final) {
    fprintf(out_, "dyad: %s\n", line.c_str());
  }
  fflush(out_);
}

}  // namespace dyad::pipeline
