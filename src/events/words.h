// events/words.h — small word lists and string helpers the coder and the parse repairs
// share (private to src/events).
#pragma once

#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>

namespace dyad::events {

// (The words are string_views, their lengths known when compiled: the length and the
// first byte are compared before the whole word, and most words of the lists differ
// there; this runs for every token and relation the coder looks at. A list of char*
// measured every word with strlen first.)
inline bool In(const std::string& s, std::initializer_list<std::string_view> set) {
  const char first = s.c_str()[0];
  for (std::string_view x : set)
    if (x.size() == s.size() && (x.empty() || (x[0] == first && std::string_view(s) == x))) return true;
  return false;
}

// ASCII letters only, as tolower in the "C" locale dyad runs in (it never calls
// setlocale), without a library call per byte.
inline std::string Lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return s;
}

// A month's name as written, whole or abbreviated ("March", "Sept.", "Sep"): "on March 28" is
// a date, "18 September" no count of people.
inline bool IsMonthName(const std::string& w) {
  return In(w, {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
                "Sep", "Sept", "Oct", "Nov", "Dec", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.",
                "Sept.", "Oct.", "Nov.", "Dec."});
}

// Prepositions of those one acts together with ("fought alongside Kurdish units"): allies,
// never the enemy. The tagger mostly reads them as adverbs; RepairParse makes them
// prepositions, so the coder's cascade lets them through as such.
inline bool IsAllyPreposition(const std::string& w) { return In(w, {"alongside", "beside"}); }

// Verbs that introduce what someone says: their subject is the claimant.
inline bool IsSpeechVerb(const std::string& lemma) {
  return In(lemma, {"say", "tell", "announce", "report", "claim", "state", "add", "confirm",
                    "allege", "insist", "note", "write", "declare", "tweet", "post", "assert",
                    "explain", "stress", "reiterate", "acknowledge", "disclose", "reveal",
                    "indicate", "suggest", "argue", "contend", "maintain"});
}

// Verbs whose object does what their infinitive says: "wants Putin to attack", "forced
// Kyiv to withdraw" (not "promised Israel to stop", not "sent troops to help").
inline bool IsObjectControlVerb(const std::string& lemma) {
  return In(lemma, {"want", "ask", "urge", "order", "tell", "force", "compel", "persuade", "convince",
                    "allow", "permit", "invite", "encourage", "help", "enable", "push", "press",
                    "pressure", "expect", "need", "instruct", "authorize", "authorise", "warn",
                    "advise", "require", "lead", "cause", "prompt", "challenge", "dare", "oblige",
                    "beg", "implore", "remind", "request", "appeal", "empower", "direct",
                    "command", "forbid", "prohibit", "coerce", "pressurize", "pressurise", "train",
                    "wish", "like", "prefer"});
}

// Verbs (and predicate adjectives: "is willing to withdraw") whose infinitive complement
// is an intention, not an act.
// Verbs that deny what their complement says ("denied that ...", "rejected claims that ...").
inline bool IsDenyingVerb(const std::string& lemma) {
  return In(lemma, {"deny", "refute", "reject", "dismiss", "doubt", "question", "rebut"});
}

inline bool IsIntentVerb(const std::string& lemma) {
  return In(lemma, {"pledge", "vow", "promise", "plan", "intend", "seek", "aim", "want",
                    "hope", "prepare", "expect", "wish", "try", "attempt", "agree",
                    "offer", "propose", "undertake", "commit", "resolve", "mean", "threaten",
                    "strive", "schedule", "slate",
                    "willing", "ready", "prepared", "eager", "keen", "determined", "poised"});
}

// Nouns whose infinitive complement is an aim, not an act ("the threat to quit the talks",
// "a plan to annex").
inline bool IsAimNoun(const std::string& lemma) {
  return In(lemma, {"threat", "plan", "offer", "proposal", "call", "demand", "pledge", "promise",
                    "vow", "bid", "attempt", "decision", "intention", "readiness", "willingness",
                    "ultimatum", "request", "appeal", "order", "effort", "push", "move", "pressure", "initiative",
                    "scheme", "idea", "strategy"});
}

// Nouns of ability or leave, whose infinitive says what is allowed ("the right to vote",
// "the ability of individuals to travel").
inline bool IsLeaveNoun(const std::string& lemma) {
  return In(lemma, {"ability", "right", "freedom", "permission", "opportunity", "chance", "capacity",
                    "power", "authority", "licence", "license", "mandate", "option", "leave", "clearance"});
}

// Nouns of a gathering: a city before one ("the Paris meeting", "the Geneva talks") is where
// it is held, not a party to it.
inline bool IsGatheringNoun(const std::string& lemma) {
  return In(lemma, {"meeting", "talk", "summit", "conference", "session", "negotiation", "gathering", "forum",
                    "round", "consultation", "dialogue"});
}

// Nouns naming a violent act whose author may be given by a modifier ("Israeli shelling",
// "a Russian drone attack", "an air strike by the coalition").
inline bool IsAttackNoun(const std::string& lemma) {
  return In(lemma, {"attack", "strike", "airstrike", "shelling", "bombardment", "bombing",
                    "raid", "fire", "gunfire", "offensive", "assault", "barrage", "ambush",
                    "bombing", "crossfire", "shellfire", "artillery", "missile", "rocket", "drone",
                    "operation", "incursion", "crackdown", "explosion", "blast"});
}

// Nouns of mishaps and natural disasters: what they kill or destroy is no one's act, even
// when an actor names the thing that crashed ("killed by the Malaysia Airlines crash").
inline bool IsMishapNoun(const std::string& lemma) {
  return In(lemma, {"crash", "accident", "collision", "derailment", "shipwreck", "sinking", "capsizing",
                    "earthquake", "quake", "tsunami", "flood", "flooding", "storm", "hurricane",
                    "cyclone", "typhoon", "tornado", "landslide", "mudslide", "avalanche", "wildfire",
                    "disaster", "heatwave", "drought", "epidemic", "outbreak", "malfunction", "stampede",
                    "weather", "rain", "snow", "snowfall", "frost", "cold", "blizzard", "monsoon", "fog"});
}

// Nouns of markets and money: a country or firm that marks one ("the US currency was
// trading", "Japanese shares fell") does nothing through it.
inline bool IsMarketNoun(const std::string& lemma) {
  return In(lemma, {"currency", "dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "rupee", "peso",
                    "share", "stock", "bond", "index", "market", "price", "economy", "inflation", "rate",
                    "output", "growth", "deficit", "surplus", "gdp", "yield", "equity", "commodity"});
}

// Nouns of troops and their arms: what a side withdraws when it retreats ("withdrew some of
// its troops"); withdrawing anything else is no retreat ("withdrew the posters").
inline bool IsForcesNoun(const std::string& lemma) {
  // ("troops" is its own lemma in the treebank.)
  return In(lemma, {"troop", "troops", "soldier", "force", "army", "unit", "military", "personnel", "tank", "brigade", "battalion",
                    "contingent", "garrison", "peacekeeper", "marine", "fighter", "militia", "division", "regiment",
                    "warship", "ship", "jet", "aircraft", "weapon", "missile"});
}

// Media something is said on: "made allegations on television", "attacked him on Twitter"
// name where it was said, not whom it was aimed at.
inline bool IsMediumNoun(const std::string& lemma) {
  return In(lemma, {"television", "tv", "radio", "air", "internet", "web", "website", "twitter", "facebook",
                    "instagram", "telegram", "youtube", "camera", "screen", "telephone", "phone", "podcast",
                    "programme", "program", "show", "stage", "record", "line", "platform", "channel"});
}

// Nouns of rules: a country that marks one ("US laws that demand equal access", "EU rules
// force banks to ...") does nothing through it; the rule binds, no actor acts.
inline bool IsRuleNoun(const std::string& lemma) {
  return In(lemma, {"law", "rule", "regulation", "legislation", "statute", "directive", "constitution",
                    "guideline", "code", "clause", "provision"});
}

// Nouns of harms and wrongs one is blamed for ("responsible for the attack", "for huge
// waste"), as against duties ("responsible for training scientists").
inline bool IsHarmNoun(const std::string& lemma) {
  return In(lemma, {"attack", "bombing", "killing", "death", "massacre", "shooting", "strike", "explosion", "blast",
                    "assassination", "murder", "violence", "crash", "downing", "abduction", "kidnapping", "unrest",
                    "crisis", "war", "genocide", "fire", "poisoning", "atrocity", "raid", "crime", "leak", "hack",
                    "hacking", "cyberattack", "incident", "collapse", "shelling", "waste", "failure", "mess", "chaos",
                    "overspending", "loss", "problem", "mistake", "error", "scandal", "corruption", "fraud", "abuse",
                    "torture", "disappearance", "destruction", "damage", "suffering", "famine", "shortage", "delay",
                    "breach", "violation", "outbreak", "spread", "disaster", "tragedy", "hijacking", "sabotage",
                    "arson", "looting", "rape", "beating", "injury", "casualty", "wound", "act", "plot", "campaign",
                    "terrorism", "insurgency", "offensive", "invasion", "occupation", "escalation", "tension", "fate",
                    "plight"});
}

// Verbs of harm done to people: their subject is the victim of the attack that caused it.
inline bool IsHarmVerb(const std::string& lemma) {
  return In(lemma, {"kill", "die", "wound", "injure", "hurt", "maim", "slay"});
}

// Nouns of a part of a place: "parts of Kashmir", "the enclave of Eastern Ghouta", "the
// outskirts of Jenin", "the Ghouta region" stand for the place they are part of.
inline bool IsAreaNoun(const std::string& lemma) {
  return In(lemma, {"part", "area", "region", "enclave", "zone", "district", "province", "city", "town", "village",
                    "outskirts", "suburb", "territory", "border", "borderland", "corridor", "countryside",
                    "neighbourhood", "neighborhood", "quarter", "heart", "coast", "valley",
                    "belt", "frontier", "pocket", "stronghold", "hinterland", "environs", "vicinity", "outpost",
                    "governorate", "municipality", "county", "state", "north", "south", "east", "west",
                    "northeast", "northwest", "southeast", "southwest", "edge", "rest", "much", "most"});
}

}  // namespace dyad::events
