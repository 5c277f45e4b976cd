// dyad/document.h — the data model every stage annotates.
//
// A Document owns its raw text (as read: a text file, the text extracted from an HTML
// page, or a JSON line's "text") and the clean text that the pipeline codes. Cleaning
// removes page debris; `clean_to_raw` maps every byte of the clean text back to the byte
// of the raw text it came from, so evidence offsets always point into what the user gave.
//
// Sentences and tokens refer to the clean text by byte offsets. Stages fill in the fields
// they own and never reach back to change an earlier stage's work:
//   ingest   -> id, source, url, title, date, raw, origin
//   clean    -> text, clean_to_raw, wire, source (from a trailing byline)
//   text     -> sentences, tokens (text, start, end)
//   syntax   -> tokens' upos, xpos, lemma, head, deprel
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct Token {
  std::string text;     // as written in the clean text (normalised quotes are not applied)
  uint32_t start = 0;   // byte offsets into Document::text, [start, end)
  uint32_t end = 0;
  std::string lemma;    // lower-case lemma ("killed" -> "kill", "talks" -> "talk")
  std::string upos;     // Universal POS tag (NOUN, VERB, PROPN, ...)
  std::string xpos;     // Penn Treebank tag (NN, VBD, NNP, ...)
  int head = -1;        // index of the head token in the sentence; -1 for the root
  std::string deprel;   // Universal Dependencies relation (nsubj, obj, obl, nmod:poss, ...)
};

struct Sentence {
  uint32_t start = 0;   // byte offsets into Document::text
  uint32_t end = 0;
  std::vector<Token> tokens;
};

struct Document {
  std::string id;       // stable identifier (given, or derived from the file and line)
  std::string origin;   // where it came from, for messages: "story.jsonl:12", "page.html"
  std::string source;   // publisher ("Le Monde")
  std::string wire;     // news agency named in the byline ("AFP"), may be empty
  std::string url;
  std::string title;
  std::string date;     // story date, YYYY-MM-DD; empty when unknown
  std::string raw;      // text as read (valid UTF-8)
  std::string text;     // clean text
  std::vector<uint32_t> clean_to_raw;  // size text.size()+1; raw offset of each clean byte
  std::vector<Sentence> sentences;

  // Raw offset of a clean-text offset (the end offset maps to one past the last byte).
  uint32_t RawOffset(uint32_t clean_offset) const {
    if (clean_to_raw.empty()) return clean_offset;
    if (clean_offset >= clean_to_raw.size()) return clean_to_raw.back();
    return clean_to_raw[clean_offset];
  }
  std::string_view SentenceText(const Sentence& s) const {
    return std::string_view(text).substr(s.start, s.end - s.start);
  }
};

}  // namespace dyad
