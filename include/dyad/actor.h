// dyad/actor.h — an actor as coded in an event, and the actor dictionaries.
//
// Actor codes follow CAMEO: a country (ISO 3166-1 alpha-3) and/or a role ("RUSGOV",
// "IRNCOP", "OPP"), or an organisation code ("IGOUNO"). The Dictionary holds every
// name dyad knows (data/actors/*.actors, see data/actors/FORMAT.md) compiled into a
// token trie; it is loaded once and shared read-only by all threads.
//
// Matching a sentence finds the longest dictionary names over its tokens (case- and
// punctuation-tolerant, Latin accents folded: "Erdogan" ~ "Erdoğan"; short all-capital
// names of up to four letters such as "US", "RAND" only in capitals). People resolve to
// the role they hold on the story date; an exact name two people share ("George Bush")
// goes to the one in office on the date, else the latest to have held office.
//
// One capitalised word that is not itself a dictionary name may stand for a person:
//  1. a surname or short name of a person named in full earlier in the story
//     (StoryMemory: "Jill Biden ... Biden said"); such a person also beats a role noun
//     the word spells ("Julie Bishop ... Bishop said": the minister, not a cleric);
//  2. a name people declare with `short` ("Xi", "Erdogan", "Assad"): when several people
//     declare it, the one in office on the story date, else the latest to have held office;
//  3. the last word of a person's name ("Putin") when no other person's names contain that
//     word (first names included) and it is not a common English word (`common` lines:
//     "May", "Power", "Hunt" name nobody alone).
// A capitalised word just before it that no dictionary name covers ("Hunter Biden",
// "Steve Austin"; titles such as "Mr" and sentence openers such as "But" excepted), or
// just after it where no dictionary name starts ("Gates Foundation"), makes it part of
// someone else's name; the story then remembers that the word names nobody alone.
//
// A capitalised word before a surname that is the word before it in that person's own
// name, as written or misspelt by a letter ("Pérez Molina", "Benjamim Netanyahu"), names
// that person with it. Names keep their case rules, except that a lower-case surname right
// after a capitalised title ("President obama") and a word with a stray inner capital
// ("iSrael") still match.
//
// When entries of different codes share a name ("Georgia": the country, and the US state
// coded USA), the one whose `context` words occur in the sentence or earlier in the story
// wins ("Atlanta, Georgia" -> USA); without any, the usual kind priority decides.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct Actor {
  std::string code;     // "RUSGOV"
  std::string country;  // "RUS", or empty when the actor has none (IGOs, bare roles)
  std::string role;     // "GOV", "COP", "IGO"...; empty for a bare country
  std::string name;     // as written in the text ("Vladimir Putin", "the Kremlin")
  bool empty() const { return code.empty(); }
};

namespace actors {

enum class Kind { kCountry, kAdjective, kCapital, kSeat, kPerson, kOrg, kAgent };
const char* KindName(Kind k);

// A dated role of a person: [from, to) in YYYY-MM-DD; empty means open.
struct DatedRole {
  std::string code, from, to, title;
};

struct Entry {
  Kind kind = Kind::kCountry;
  std::string code;            // code for countries/seats/orgs; agents: the role ("COP")
  std::string canonical;       // canonical name
  std::string country;         // explicit country (orgs based in a state)
  std::vector<DatedRole> roles;  // people
  std::vector<std::string> shorts;  // people: names that stand alone ("Xi", "Lula")
  std::vector<std::string> context;  // words favouring this entry when another shares its name
  std::string other;           // people: code when no role covers the date
  // Organisations: the days their names name them, [since, until) in YYYY-MM-DD (empty:
  // open): "FSA" is no Free Syrian Army in 2005, "Wagner" no mercenaries in 1987.
  std::string since, until;
  std::string file;            // where it is defined, for explanations
  int line = 0;
};

// One actor found in a sentence: tokens [begin, end).
struct Match {
  uint32_t begin = 0, end = 0;
  Kind kind = Kind::kCountry;
  int entry = -1;              // index into Dictionary::entries()
  Actor actor;                 // resolved for the story date (agents: role only)
  std::string why;             // "people.actors:120 Vladimir Putin: President from 2012-05-07"
  // Seats whose words are also a generic role noun ("Congress": LEG): the role, so that
  // another country's marker composes with it ("the Brazilian Congress" -> BRALEG).
  std::string generic_role;
};

// Per-story state: people already named in full, so their surname can stand alone, and
// the context words that decide between entries sharing a name ("Georgia").
struct StoryMemory {
  // Surname or short name -> person entry; -1 when the story named someone unknown by it
  // ("Lisa Andersson"), -2 when it named several known people by it.
  std::unordered_map<std::string, int> surname_to_entry;
  // Context words (`context` lines) seen so far in the story ("Atlanta", "Tbilisi").
  std::unordered_set<std::string> context_words;
};

class Dictionary {
 public:
  // Loads every *.actors file in `dir` (sorted by name). Errors name file and line.
  static Result<std::shared_ptr<Dictionary>> LoadDirectory(const std::string& dir);
  // Adds one file in dyad's format.
  Status LoadFile(const std::string& path);
  // Adds TABARI/PETRARCH dictionaries (.actors with [CODE] and dated roles; .agents with
  // [~ROLE]), so users keep their own.
  Status LoadPetrarchActors(const std::string& path);
  Status LoadPetrarchAgents(const std::string& path);
  // Builds the derived indexes (surnames, country codes). Call after loading.
  void Finish();

  // Finds actors in a sentence's tokens for a story date (YYYY-MM-DD or empty = today).
  // `memory` may be null (no story context).
  std::vector<Match> Find(const std::vector<Token>& tokens, const std::string& date,
                          StoryMemory* memory) const;

  // Resolves a name given as text (for `dyad actor` and tests): every match in it.
  std::vector<Match> Lookup(const std::string& text, const std::string& date) const;

  // The code a person holds on a date, and the role line that justifies it.
  Actor ResolvePerson(const Entry& e, const std::string& date, std::string* why) const;

  const std::vector<Entry>& entries() const { return entries_; }
  bool IsCountryCode(const std::string& code) const { return country_codes_.count(code) > 0; }
  // The country's canonical name ("United Kingdom" for GBR); the code itself when unknown.
  std::string CountryName(const std::string& code) const {
    auto it = country_codes_.find(code);
    return it == country_codes_.end() ? code : it->second;
  }
  // Splits a code into country and role ("IRNCOP" -> IRN, COP; "IGOUNO" -> "", IGOUNO).
  void SplitCode(const std::string& code, std::string* country, std::string* role) const;
  size_t name_count() const { return name_count_; }

 private:
  struct Node {
    std::unordered_map<std::string, uint32_t> next;
    std::vector<int> exact;      // entries reached here with case-insensitive keys
    std::vector<int> capitals;   // entries that match only when written in capitals
    std::vector<int> surnames;   // entries reached by a derived surname
    std::vector<int> shorts;     // entries declaring this word as a short name
  };
  void AddName(int entry, const std::string& name, bool surname = false);
  void AddShortName(int entry, const std::string& name);
  int NewEntry(Entry e);
  // Whether the token at i may be a surname on its own (see the file comment): not
  // capitalised, yes, or part of another person's name ("Lisa Andersson").
  enum class Alone { kNo, kYes, kOtherName };
  Alone StandsAlone(const std::vector<Token>& tokens, const std::vector<std::string>& keys,
                    size_t i, size_t covered_until, bool title_case) const;
  // Records in the story's memory that `key` names `entry` (-1: someone unknown).
  static constexpr int kSeveralKnown = -2;
  static void Remember(StoryMemory* memory, const std::string& key, int entry);
  // Whether a dictionary name starts at token i.
  bool NameStartsAt(const std::vector<std::string>& keys, size_t i) const;
  // The person a single word names (its trie node `n` may be null), or -1; `why` says
  // by which rule.
  int ResolveShortName(const std::string& key, const Node* n, const std::string& date,
                       StoryMemory* memory, std::string* why) const;

  // The trie's edges as one open-addressing table of (node, word hash) -> child, built by
  // Finish (Find falls back to the nodes' maps when names were added since).
  uint32_t Child(uint32_t node, const std::string& key, uint64_t key_hash) const;
  std::vector<uint64_t> edge_keys_;
  std::vector<uint32_t> edge_children_;
  size_t edge_nodes_ = 0;  // nodes_.size() when the table was built
  // The words that start a name, as bits of their hashes (about one in eight set): every
  // token of every sentence is looked up at the root, and a word no name starts with is
  // mostly turned away here, in cache, rather than by a miss in the large edge table.
  std::vector<uint64_t> root_filter_;
  // Per node, whether names end there (kNodeExact: its `exact` list is not empty;
  // kNodeCapitals: its `capitals` list), kept by AddName: one byte a node, in cache.
  enum : uint8_t { kNodeExact = 1, kNodeCapitals = 2 };
  std::vector<uint8_t> node_names_;

  std::vector<Node> nodes_{Node{}};
  std::vector<Entry> entries_;
  std::unordered_map<std::string, int> country_entry_;  // "RUS" -> entry
  std::map<std::string, std::string> country_codes_;    // code -> canonical name
  std::vector<std::vector<std::string>> names_;        // entry -> its names as written
  std::vector<std::vector<std::string>> memory_keys_;  // person -> keys StoryMemory records
  std::unordered_map<std::string, int> word_people_;   // word -> people whose names hold it
  // Word of a person's name -> (person, the word before it in that name): "molina" ->
  // (Otto Pérez Molina, "perez"), so that "Pérez Molina" names him.
  std::unordered_map<std::string, std::vector<std::pair<int, std::string>>> name_predecessors_;
  // The one person whose name has, before the word at i, a word spelt like the text's
  // word before it ("Pérez Molina", "Benjamim Netanyahu"); -1 when none or several.
  int OwnNameBefore(const std::vector<std::string>& keys, size_t i) const;
  std::unordered_set<std::string> common_words_;       // `common` lines
  std::unordered_set<std::string> context_words_;      // every `context` word
  // A filter before context_words_: the bit ContextBit(w) is set for every context word.
  std::array<uint64_t, 16> context_bloom_{};
  static uint32_t ContextBit(const std::string& w) {
    uint32_t a = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
    uint32_t b = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0;
    return (a * 31u + b * 7u + static_cast<uint32_t>(w.size()) * 131u) & 1023u;
  }
  bool MaybeContextWord(const std::string& w) const {
    uint32_t bit = ContextBit(w);
    return (context_bloom_[bit >> 6] >> (bit & 63)) & 1;
  }
  size_t name_count_ = 0;
};

// One actor as written, composed from adjacent dictionary matches: "Russian" +
// "President" + "Vladimir Putin" -> RUSGOV; "Iranian" + "security forces" -> IRNCOP;
// "Kremlin" + "spokesman" + "Dmitry Peskov" (an unknown name after a title) -> RUSGOV;
// "Israel's Netanyahu" -> the person. A person's dated role wins over a title; a title
// gives the role when the person holds none on the date. Honorifics between title and name
// do not break the actor ("Colombian President Mr Juan Manuel Santos"); a full name then a
// short name of the same person are one actor ("Mohamed Abdullahi Mohamed Farmajo"); a
// nationality before generic peacekeepers codes the state ("Filipino peacekeepers" -> PHL);
// a role then "of (the)" and an organisation with no country is that organisation ("the
// secretary general of NATO" -> IGONAT).
struct Unit {
  uint32_t begin = 0, end = 0;  // tokens [begin, end)
  Actor actor;
  bool agent_only = false;      // a role with no country yet ("the leaders", "police")
  bool person = false;          // the unit names a person
  bool name_only = false;       // a proper name no dictionary entry covers (FindNameOnly)
  // The role of a body's people coded as the body ("EU negotiators": IGOEEC, role GOV), so
  // that a country coordinated with it takes that role ("British and EU negotiators").
  std::string body_role;
  std::string why;
};
std::vector<Unit> Compose(const Dictionary& dict, const std::vector<Token>& tokens,
                          const std::vector<Match>& matches);

// Name-only actors: proper names that no dictionary entry covers ("sued the American Civil
// Liberties Union", "met Abdul Rahman Khan"). Over a tagged sentence, a name is a maximal
// run of capitalised words tagged NNP/NNPS (lower-case particles may stand inside: "Ricardo
// de la Cruz", "Union of Concerned Scientists") on tokens not `excluded` (the caller marks
// dictionary matches, gazetteer place mentions and the dateline). Refused:
//  - a run next to a capitalised dictionary word: part of a longer name we cannot read
//    ("Trump Tower"), unless that word is a nationality (`nationality` marks the last token
//    of such adjectives: "the Syrian Observatory for Human Rights"; the caller gives the
//    unit that country);
//  - titles, honorifics, calendar words, function words and news-agency bylines at its
//    edges are dropped from the name ("Mr", "Monday", "Reuters"; the unit still covers the
//    titles before it), a title inside starts the name after it; a run ending in a title
//    or in a place, building or document word is no name ("State Councillor", "Tiananmen
//    Square", "the Mental Capacity Bill"); a dictionary title before an unknown name is
//    composed by Compose and codes the role ("opposition leader X");
//  - a run made only of generic capitalised words ("the Internet", "Parliament", "the
//    Gulf", "Christmas", "God", "National Assembly");
//  - one word opening the sentence (any word is capitalised there), several words all in
//    capitals (headlines), one capitalised word of more than six letters ("BREAKING"),
//    words with digits ("F-16").
// The units have an empty actor code, `name_only` set, and the name as written; the coder
// uses them only where it looks for an actor (subject, object, oblique) and keeps an event
// only when one of its sides has a code (see docs/actors.md, "Name-only actors").
std::vector<Unit> FindNameOnly(const std::vector<Token>& tokens, const std::vector<bool>& excluded,
                               const std::vector<bool>& nationality);

// The single actor a short phrase names ("Iranian security forces" -> IRNCOP), or an
// empty actor. Used by `dyad actor` and the table tests.
Actor ResolvePhrase(const Dictionary& dict, const std::string& phrase, const std::string& date,
                    std::string* why = nullptr);

// Token normalisation used for dictionary keys: lower case, dots dropped, typographic
// apostrophes made plain, Latin accents folded ("U.S." -> "us", "Côte" -> "cote").
std::string NormalizeToken(const std::string& token);

}  // namespace actors
}  // namespace dyad
