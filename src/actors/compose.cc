// Composition of adjacent dictionary matches into actors. See dyad/actor.h.
#include "dyad/actor.h"
#include "actors/words.h"
#include "dyad/text.h"

namespace dyad::actors {
// (Words are compared with string_view literals: the length first, no compare call.)
using namespace std::string_view_literals;

// Honorifics between a title and a person's name belong to neither ("Colombian President
// Mr Juan Manuel Santos", "Libyan strongman Gen. Khalifa Haftar"): they do not break the
// actor. Role nouns that also serve as titles are agents and compose anyway.
bool IsCalendarWord(const std::string& key) {
  static const char* const kWords[] = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "tonight", "yesterday", "tomorrow"};
  for (const char* w : kWords)
    if (key == w) return true;
  return false;
}

bool IsHonorificWord(const std::string& key) {
  static const char* const kHonorifics[] = {
      "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "sheik",
      "gen", "col", "adm", "lt", "sgt", "maj", "capt", "prof", "professor", "ayatollah",
      "mullah", "hon", "honourable", "honorable", "rev", "reverend", "excellency", "majesty",
      "highness", "royal", "sen", "rep", "gov"};
  for (const char* h : kHonorifics)
    if (key == h) return true;
  return false;
}

namespace {

// Tokens [from, to) are honorifics only (and their periods: "Mr.", "Gen .").
bool HonorificsOnly(const std::vector<Token>& toks, uint32_t from, uint32_t to) {
  if (from >= to) return false;
  bool any = false;
  for (uint32_t k = from; k < to; ++k) {
    if (toks[k].text == "."sv) continue;
    if (!IsHonorificWord(NormalizeToken(toks[k].text))) return false;
    any = true;
  }
  return any;
}

// "the secretary general of NATO", "the chairman of the African Union Commission", "the
// head of the IAEA": a role with no country, then "of" (and "the") and an organisation
// that has no country of its own, is that organisation (IGONAT): the parse cannot lend
// such a role a country, and the organisation is who acts.
void MergeRolesOfOrganisations(const std::vector<Token>& toks, std::vector<Unit>& units) {
  for (size_t u = 0; u + 1 < units.size(); ++u) {
    Unit& agent = units[u];
    const Unit& org = units[u + 1];
    if (!agent.agent_only || org.agent_only || org.person) continue;
    if (org.actor.code.empty() || !org.actor.country.empty() || org.actor.role.empty()) continue;
    uint32_t k = agent.end;
    if (k >= org.begin || NormalizeToken(toks[k].text) != "of"sv) continue;
    ++k;
    if (k < org.begin && NormalizeToken(toks[k].text) == "the"sv) ++k;
    if (k != org.begin) continue;
    agent.actor.code = org.actor.code;
    agent.actor.role = org.actor.role;
    agent.agent_only = false;
    agent.why += " + of " + org.why;
    for (uint32_t t = agent.end; t < org.end; ++t) {
      if (toks[t].start > toks[t - 1].end) agent.actor.name += ' ';
      agent.actor.name += toks[t].text;
    }
    agent.end = org.end;
    units.erase(units.begin() + static_cast<long>(u) + 1);
  }
}

// A role noun after an organisation that names the organisation's own people: its members
// held ("Taliban prisoners", "Hamas detainees": not "hostages" or "victims", who are held
// or hurt by it), or a role the organisation's code already has ("Taliban fighters":
// REB of AFGREBTAL; "PKK insurgents").
bool GroupMembersNoun(const Dictionary& dict, const std::vector<Token>& toks, const Match& agent,
                      const std::string& org_code) {
  const std::string last = NormalizeToken(toks[agent.end - 1].text);
  static const char* const kHeld[] = {"prisoner", "prisoners", "detainee", "detainees", "inmate", "inmates"};
  for (const char* w : kHeld)
    if (last == w) return true;
  std::string country, role;
  dict.SplitCode(org_code, &country, &role);
  return !agent.actor.role.empty() && role.size() > agent.actor.role.size() &&
         role.compare(0, agent.actor.role.size(), agent.actor.role) == 0;
}

}  // namespace

// Adjacent dictionary matches form one actor: "Russian" + "President" + "Vladimir Putin",
// "Kremlin" + "spokesman" (+ "Dmitry Peskov"), "Iranian" + "security forces".
std::vector<Unit> Compose(const Dictionary& dict, const std::vector<Token>& toks,
                          const std::vector<Match>& matches) {
  std::vector<Unit> units;
  const bool headline = IsCapitalsHeadline(toks);
  size_t i = 0;
  while (i < matches.size()) {
    size_t j = i + 1;
    while (j < matches.size()) {
      uint32_t gap_start = matches[j - 1].end, gap_end = matches[j].begin;
      bool adjacent = gap_start == gap_end;
      // "Israel's Netanyahu": a possessive between a country and a person/agent.
      // "Peru's Congress": also a seat that is a generic role noun.
      bool possessive = gap_end == gap_start + 1 &&
                        (toks[gap_start].text == "'s"sv || toks[gap_start].text == "\u2019s"sv) &&
                        matches[j - 1].kind != Kind::kAgent &&
                        (matches[j].kind == Kind::kPerson || matches[j].kind == Kind::kAgent ||
                         (matches[j].kind == Kind::kSeat && !matches[j].generic_role.empty()));
      // "President Mr Santos": honorifics between a title or country and a person.
      bool honorific = matches[j].kind == Kind::kPerson && matches[j - 1].kind != Kind::kPerson &&
                       HonorificsOnly(toks, gap_start, gap_end);
      // A country or adjective never follows a person or an agent within one actor.
      bool order_ok = !(matches[j].kind == Kind::kCountry || matches[j].kind == Kind::kCapital) ||
                      matches[j - 1].kind == Kind::kAdjective;
      // "Mohamed Abdullahi Mohamed Farmajo": two adjacent matches naming the same person
      // (a full name, then a short name of theirs) are one actor.
      bool same_person = adjacent && matches[j - 1].kind == Kind::kPerson &&
                         matches[j].kind == Kind::kPerson && matches[j - 1].entry == matches[j].entry;
      if (same_person || ((adjacent || possessive || honorific) && order_ok && matches[j - 1].kind != Kind::kPerson)) ++j;
      else break;
    }
    Unit u;
    u.begin = matches[i].begin;
    u.end = matches[j - 1].end;
    std::string country, role, person_code, fixed_code, agent_role;
    const Match* person = nullptr;
    const Match* agent = nullptr;  // the last role noun
    const Match* org = nullptr;    // the last organisation (not a seat)
    const Match* first_person = nullptr;  // the first of several matches naming one person
    for (size_t k = i; k < j; ++k) {
      const Match& m = matches[k];
      switch (m.kind) {
        case Kind::kPerson:
          if (!first_person) first_person = &m;
          person = &m;
          person_code = m.actor.code;
          break;
        case Kind::kSeat:
          // Another country's marker before a generic seat noun: "the Brazilian Congress"
          // is Brazil's legislature, not the US Congress.
          if (!m.generic_role.empty() && !country.empty() && country != m.actor.country) {
            agent_role = m.generic_role;
            break;
          }
          [[fallthrough]];
        case Kind::kOrg:
          if (m.kind == Kind::kOrg) org = &m;
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
          agent = &m;
          break;
      }
      if (!u.why.empty()) u.why += " + ";
      u.why += m.why;
    }
    // An unknown name after a title is the person the title names ("Kremlin spokesman
    // Dmitry Peskov"): absorb the capitalised words into the actor's name.
    // (Not a day or a month: "a Canadian judge Thursday approved".)
    // (Not in a headline set in capitals, where every word is capitalised: "U.S. TREASURY
    // OFFICIAL SEES LATIN DEBT PROGRESS" names an official, not "Official Sees Latin".)
    uint32_t end = u.end;
    if (!person && !agent_role.empty() && !headline)
      while (end < toks.size() && isupper(static_cast<unsigned char>(toks[end].text[0])) &&
             toks[end].text.size() > 1 && matches.size() > 0 &&
             (j >= matches.size() || matches[j].begin > end) && !IsCalendarWord(NormalizeToken(toks[end].text)))
        ++end;
    u.end = end;
    Actor& act = u.actor;
    if (person && !person->actor.role.empty()) {
      act = person->actor;
      u.person = true;
    } else if (fixed_code == "IGOPKO" && agent_role.empty() && !country.empty()) {
      // "Filipino peacekeepers", "Senegalese peacekeepers": a national contingent is coded
      // to its state (PHL), as the PETRARCH validation gold does; the manual would keep
      // IGOPKO whatever the nationality, which loses who was attacked or sent.
      act.code = country;
      act.country = country;
    } else if (org && agent && agent->begin > org->begin && !fixed_code.empty() &&
               GroupMembersNoun(dict, toks, *agent, fixed_code)) {
      // "Taliban prisoners", "Houthi fighters": the group's own people are the group.
      act.code = fixed_code;
      dict.SplitCode(fixed_code, &act.country, &act.role);
      if (!country.empty()) act.country = country;
    } else if (!fixed_code.empty() && agent_role.empty()) {
      act.code = fixed_code;
      dict.SplitCode(fixed_code, &act.country, &act.role);
      if (!country.empty()) act.country = country;
    } else if (!agent_role.empty() && !fixed_code.empty() && country.empty() && !person &&
               !dict.IsCountryCode(fixed_code.substr(0, 3)) &&
               (agent_role.rfind("GOV", 0) == 0 || agent_role.rfind("MIL", 0) == 0) &&
               !(fixed_code == "IGOUNO" && agent &&
                 NormalizeToken(toks[agent->begin].text).rfind("ambassador", 0) == 0)) {
      // "NATO diplomats", "OPEC ministers", "EC agriculture ministers": the officials or
      // forces of a body with no country of its own are the body (not "IGO" + GOV);
      // its other people ("EC consumers") are their role alone, below. (A "UN ambassador"
      // is a state's envoy to the UN.)
      act.code = fixed_code;
      dict.SplitCode(fixed_code, &act.country, &act.role);
      u.body_role = agent_role;
    } else if (!agent_role.empty()) {
      // A title gives the role: "Iranian President X" is IRNGOV even if X is unknown.
      std::string base_country = !country.empty() ? country
                                 : person        ? person->actor.country
                                                 : std::string();
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
    } else if (first_person != person && u.person) {
      // "Mohamed Abdullahi Mohamed Farmajo": the person's words, all of them.
      act.name.clear();
      for (uint32_t k = first_person->begin; k < person->end; ++k) {
        if (k > first_person->begin && toks[k].start > toks[k - 1].end) act.name += ' ';
        act.name += toks[k].text;
      }
    }
    units.push_back(std::move(u));
    i = j;
  }
  MergeRolesOfOrganisations(toks, units);
  return units;
}

namespace {

// "the leaders of Israel", "police in Nairobi", "troops from Russia": a role with no
// country, then of/in/from (and "the") and a country or its capital, is that country's
// role. The coder finds these through the parse; a phrase on its own has no parse, and in
// a short phrase the words can only attach so.
void ComposePlacePhrases(const std::vector<Token>& toks, std::vector<Unit>& units) {
  for (size_t u = 0; u + 1 < units.size(); ++u) {
    Unit& agent = units[u];
    const Unit& place = units[u + 1];
    if (!agent.agent_only || place.agent_only || place.person) continue;
    if (place.actor.country.empty() || !place.actor.role.empty()) continue;
    uint32_t k = agent.end;
    if (k >= place.begin) continue;
    std::string prep = NormalizeToken(toks[k].text);
    if (prep != "of"sv && prep != "in"sv && prep != "from"sv) continue;
    ++k;
    if (k < place.begin && NormalizeToken(toks[k].text) == "the"sv) ++k;
    if (k != place.begin) continue;
    agent.actor.country = place.actor.country;
    agent.actor.code = place.actor.country + agent.actor.role;
    agent.agent_only = false;
    agent.why += " + " + prep + " " + place.why;
    for (uint32_t t = agent.end; t < place.end; ++t) {
      if (toks[t].start > toks[t - 1].end) agent.actor.name += ' ';
      agent.actor.name += toks[t].text;
    }
    agent.end = place.end;
    units.erase(units.begin() + static_cast<long>(u) + 1);
  }
}

}  // namespace

Actor ResolvePhrase(const Dictionary& dict, const std::string& phrase, const std::string& date,
                    std::string* why) {
  std::vector<Token> toks = text::Tokenize(phrase);
  StoryMemory memory;
  auto units = Compose(dict, toks, dict.Find(toks, date, &memory));
  ComposePlacePhrases(toks, units);
  if (units.empty()) return {};
  // The phrase's actor is its longest unit.
  const Unit* best = &units.front();
  for (const auto& u : units)
    if (u.end - u.begin > best->end - best->begin) best = &u;
  if (why) *why = best->why;
  return best->actor;
}

}  // namespace dyad::actors
