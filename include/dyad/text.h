// dyad/text.h — sentences and tokens.
//
// Segment() splits Document::text into sentences and tokens with byte offsets into the
// clean text. Tokens follow the UD English EWT conventions the parser was trained on:
// punctuation split off, clitics split ("did" "n't", "Israel" "'s"), hyphenated words
// split ("anti" "-" "government"), abbreviations kept whole ("U.S.", "Jan.", "Gen.").
// Sentence boundaries: a line break always ends a sentence (headlines, captions and
// paragraphs never run together); ".", "!" and "?" end one when what follows starts a new
// sentence (a capital, a digit or an opening quote), not after abbreviations or initials;
// closing quotes and brackets stay with the sentence they close. A run of more than
// kMaxSentenceTokens tokens without an end is cut (after its last , ; or : when there is
// one in the second half of the window): such input is a list or garbage, not prose, and
// would cost the parser and the coder far more than its length.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad::text {

constexpr size_t kMaxSentenceTokens = 200;

// Fills doc.sentences (tokens have text and offsets; syntax fields are empty).
void Segment(Document& doc);

// Tokens of a piece of text; offsets are relative to `text` plus `base`.
std::vector<Token> Tokenize(std::string_view text, uint32_t base = 0);

// Sentences of a piece of text (tokens included), offsets relative to `text` plus `base`.
std::vector<Sentence> SplitSentences(std::string_view text, uint32_t base = 0);

// True for known abbreviations that keep their final period ("Jan.", "Gen.", "U.S.").
bool IsAbbreviation(std::string_view word);

}  // namespace dyad::text
