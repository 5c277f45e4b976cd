// Composition of adjacent dictionary matches into actors. See dyad/actor.h.
#include "dyad/actor.h"
#include "dyad/text.h"

namespace dyad::actors {

// Adjacent dictionary matches form one actor: "Russian" + "President" + "Vladimir Putin",
// "Kremlin" + "spokesman" (+ "Dmitry Peskov"), "Iranian" + "security forces".
std::vector<Unit> Compose(const Dictionary& dict, const std::vector<Token>& toks,
                          const std::vector<Match>& matches) {
  std::vector<Unit> units;
  size_t i = 0;
  while (i < matches.size()) {
    size_t j = i + 1;
    while (j < matches.size()) {
      uint32_t gap_start = matches[j - 1].end, gap_end = matches[j].begin;
      bool adjacent = gap_start == gap_end;
      // "Israel's Netanyahu": a possessive between a country and a person/agent.
      bool possessive = gap_end == gap_start + 1 &&
                        (toks[gap_start].text == "'s" || toks[gap_start].text == "\u2019s") &&
                        matches[j - 1].kind != Kind::kAgent &&
                        (matches[j].kind == Kind::kPerson || matches[j].kind == Kind::kAgent);
      // A country or adjective never follows a person or an agent within one actor.
      bool order_ok = !(matches[j].kind == Kind::kCountry || matches[j].kind == Kind::kCapital) ||
                      matches[j - 1].kind == Kind::kAdjective;
      if ((adjacent || possessive) && order_ok && matches[j - 1].kind != Kind::kPerson) ++j;
      else break;
    }
    Unit u;
    u.begin = matches[i].begin;
    u.end = matches[j - 1].end;
    std::string country, role, person_code, fixed_code, agent_role;
    const Match* person = nullptr;
    for (size_t k = i; k < j; ++k) {
      const Match& m = matches[k];
      switch (m.kind) {
        case Kind::kPerson:
          person = &m;
          person_code = m.actor.code;
          break;
        case Kind::kOrg:
        case Kind::kSeat:
          fixed_code = m.actor.code;
          if (!m.actor.country.empty()) country = m.actor.country;
          break;
        case Kind::kCountry:
        case Kind::kCapital:
        case Kind::kAdjective:
          country = m.actor.country.empty() ? m.actor.code : m.actor.country;
          break;
        case Kind::kAgent:
          agent_role = m.actor.role;
          break;
      }
      if (!u.why.empty()) u.why += " + ";
      u.why += m.why;
    }
    // An unknown name after a title is the person the title names ("Kremlin spokesman
    // Dmitry Peskov"): absorb the capitalised words into the actor's name.
    uint32_t end = u.end;
    if (!person && !agent_role.empty())
      while (end < toks.size() && isupper(static_cast<unsigned char>(toks[end].text[0])) &&
             toks[end].text.size() > 1 && matches.size() > 0 &&
             (j >= matches.size() || matches[j].begin > end))
        ++end;
    u.end = end;
    Actor& act = u.actor;
    if (person && !person->actor.role.empty()) {
      act = person->actor;
      u.person = true;
    } else if (!fixed_code.empty() && agent_role.empty()) {
      act.code = fixed_code;
      dict.SplitCode(fixed_code, &act.country, &act.role);
      if (!country.empty()) act.country = country;
    } else if (!agent_role.empty()) {
      // A title gives the role: "Iranian President X" is IRNGOV even if X is unknown.
      std::string base_country = !country.empty() ? country
                                 : person        ? person->actor.country
                                                 : std::string();
      if (!fixed_code.empty() && base_country.empty()) base_country = fixed_code.substr(0, 3);
      if (!fixed_code.empty() && dict.IsCountryCode(fixed_code.substr(0, 3)))
        base_country = fixed_code.substr(0, 3);
      act.country = base_country;
      act.role = agent_role;
      act.code = base_country + agent_role;
      u.agent_only = base_country.empty();
    } else if (person) {
      act = person->actor;
      u.person = true;
    } else {
      act.code = country;
      act.country = country;
    }
    // A person keeps the dictionary's canonical name ("Vladimir Putin"); anything else is
    // named by its words in the text ("Iranian security forces").
    if (!person || act.name.empty()) {
      act.name.clear();
      for (uint32_t k = u.begin; k < u.end; ++k) {
        if (k > u.begin && toks[k].start > toks[k - 1].end) act.name += ' ';
        act.name += toks[k].text;
      }
    }
    units.push_back(std::move(u));
    i = j;
  }
  return units;
}

Actor ResolvePhrase(const Dictionary& dict, const std::string& phrase, const std::string& date,
                    std::string* why) {
  std::vector<Token> toks = text::Tokenize(phrase);
  StoryMemory memory;
  auto units = Compose(dict, toks, dict.Find(toks, date, &memory));
  if (units.empty()) return {};
  // The phrase's actor is its longest unit.
  const Unit* best = &units.front();
  for (const auto& u : units)
    if (u.end - u.begin > best->end - best->begin) best = &u;
  if (why) *why = best->why;
  return best->actor;
}

}  // namespace dyad::actors
