// dyad/coder.h — the whole pipeline for one document: clean -> sentences/tokens ->
// actors (cheap scan) -> tag/parse (only sentences with an actor) -> event patterns ->
// source/target from the parse -> negation, modality, attribution -> dates -> events.
//
//   auto coder = dyad::Coder::Create({});          // built-in data and model
//   if (!coder) { print(coder.error()); }
//   std::vector<dyad::Event> events = (*coder)->Code(doc);
//
// A Coder is immutable after Create and may be shared by threads; Code() keeps its
// per-story state (surnames seen, the paragraph's reference date) on its own stack.
//
// What is not coded: negated and hypothetical acts (intentions become the 03x intent
// codes), idioms of the words of force ("prices shot up", "fired a free kick", someone
// fired from a job, a plea of guilty), and, in a story that reads as a sports report,
// what teams, players and clubs do (only events the state takes part in are coded there).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dyad/actor.h"
#include "dyad/codebook.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct CoderOptions {
  std::string data_dir;    // default: $DYAD_DATA_DIR, else the build's data folder
  std::string model_path;  // default: $DYAD_MODEL, else the build's model
  std::string gazetteer_path;  // default: places::DefaultGazetteerPath() when present
  std::vector<std::string> actor_files;         // extra dictionaries in dyad's format
  std::vector<std::string> petrarch_actor_files;  // TABARI/PETRARCH .actors
  std::vector<std::string> petrarch_agent_files;  // TABARI/PETRARCH .agents
  // Only events with both a source and a target (PETRARCH's require_dyad): dyadic data
  // for networks and dyad series; off keeps one-sided events ("protesters rallied").
  bool require_target = false;
};

class Coder {
 public:
  static Result<std::unique_ptr<Coder>> Create(const CoderOptions& options);
  ~Coder();

  // Cleans and segments `doc` (filling text, sentences, tokens) and returns its events.
  std::vector<Event> Code(Document& doc) const;

  // A readable account of how one sentence is coded: tokens, tags, the parse, actors,
  // patterns that fired (file:line), dates and the events.
  std::string Explain(const std::string& sentence, const std::string& date) const;

  const actors::Dictionary& dictionary() const;
  const Codebook& codebook() const;

  // What the coder did since it was created, over all threads: how many sentences it
  // saw, tagged and parsed (the cascade skips the others), and how many gave events.
  struct Counts {
    uint64_t sentences = 0, tagged = 0, parsed = 0, with_events = 0;
  };
  Counts counts() const;

  struct Impl;

 private:
  explicit Coder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Where data and model are found: options, then environment, then compiled-in defaults.
std::string DefaultDataDir();
std::string DefaultModelPath();

}  // namespace dyad
