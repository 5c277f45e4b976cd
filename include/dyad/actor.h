// dyad/actor.h — an actor as coded in an event, and the actor dictionaries.
//
// Actor codes follow CAMEO: a country (ISO 3166-1 alpha-3) and/or a role ("RUSGOV",
// "IRNCOP", "OPP"), or an organisation code ("IGOUNO"). The Dictionary holds every
// name dyad knows (data/actors/*.actors, see data/actors/FORMAT.md) compiled into a
// token trie; it is loaded once and shared read-only by all threads.
//
// Matching a sentence finds the longest dictionary names over its tokens (case- and
// punctuation-tolerant; short all-capital names such as "US" only in capitals). People
// resolve to the role they hold on the story date. A surname alone ("Putin") resolves
// once the full name has appeared in the story (StoryMemory), or alone when no other
// person in the dictionaries shares it.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
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
  std::string other;           // people: code when no role covers the date
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
};

// Per-story state: people already named in full, so their surname can stand alone.
struct StoryMemory {
  std::unordered_map<std::string, int> surname_to_entry;
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
  // Splits a code into country and role ("IRNCOP" -> IRN, COP; "IGOUNO" -> "", IGOUNO).
  void SplitCode(const std::string& code, std::string* country, std::string* role) const;
  size_t name_count() const { return name_count_; }

 private:
  struct Node {
    std::unordered_map<std::string, uint32_t> next;
    std::vector<int> exact;      // entries reached here with case-insensitive keys
    std::vector<int> capitals;   // entries that match only when written in capitals
    std::vector<int> surnames;   // entries reached by a derived surname
  };
  void AddName(int entry, const std::string& name, bool surname = false);
  int NewEntry(Entry e);

  std::vector<Node> nodes_{Node{}};
  std::vector<Entry> entries_;
  std::unordered_map<std::string, int> country_entry_;  // "RUS" -> entry
  std::map<std::string, std::string> country_codes_;    // code -> canonical name
  std::unordered_map<std::string, int> surname_count_;
  size_t name_count_ = 0;
};

// One actor as written, composed from adjacent dictionary matches: "Russian" +
// "President" + "Vladimir Putin" -> RUSGOV; "Iranian" + "security forces" -> IRNCOP;
// "Kremlin" + "spokesman" + "Dmitry Peskov" (an unknown name after a title) -> RUSGOV;
// "Israel's Netanyahu" -> the person. A person's dated role wins over a title; a title
// gives the role when the person holds none on the date.
struct Unit {
  uint32_t begin = 0, end = 0;  // tokens [begin, end)
  Actor actor;
  bool agent_only = false;      // a role with no country yet ("the leaders", "police")
  bool person = false;          // the unit names a person
  std::string why;
};
std::vector<Unit> Compose(const Dictionary& dict, const std::vector<Token>& tokens,
                          const std::vector<Match>& matches);

// The single actor a short phrase names ("Iranian security forces" -> IRNCOP), or an
// empty actor. Used by `dyad actor` and the table tests.
Actor ResolvePhrase(const Dictionary& dict, const std::string& phrase, const std::string& date,
                    std::string* why = nullptr);

// Token normalisation used for dictionary keys: lower case, dots dropped, typographic
// apostrophes made plain ("U.S." -> "us", "Côte" -> "côte").
std::string NormalizeToken(const std::string& token);

}  // namespace actors
}  // namespace dyad
