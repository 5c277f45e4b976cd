// Summaries the dashboard draws, computed from Store::ForEach so every back end has them:
// top dyads, the actor network, events per country and per location, stored actors.
#pragma once

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::serve {

using Json = nlohmann::ordered_json;

// The side of a dyad an actor stands for: its country, else the first three letters of its
// code (as `dyad alerts` groups them); "" for no actor.
std::string DyadSide(const Actor& a);

// {"by_volume": [...], "by_conflict": [...]}, each at most `limit` rows
// {a, b, events, conflict, cooperation, goldstein_sum, goldstein_mean}; a < b; events
// without a target are left out. by_volume: most events first; by_conflict: dyads with
// conflict events (quad 3 and 4), most first, then the lowest Goldstein sum.
Result<Json> TopDyads(const Store& store, const EventQuery& q, size_t limit);

// {"nodes": [{id, name, country, events}], "edges": [{source, target, events,
// goldstein_mean, conflict}]}: directed edges between actor codes, the `max_edges` with most
// events (ties: codes in order), and the nodes they touch.
Result<Json> ActorNetwork(const Store& store, const EventQuery& q, size_t max_edges);

// {"countries": [{iso3, events}], "points": [{name, country, lat, lon, precision, events}],
// "events": N}: over the newest `max_events` matching events; a country counts an event
// once when the source or the target is of it; points are the events' locations (the
// event's "location", else its first mention's) when they carry coordinates.
Result<Json> EventPlaces(const Store& store, EventQuery q, size_t max_events);

// Actors seen in the store whose code starts with `query` or whose name contains it
// (ASCII case ignored): [{code, name, country, events}], most events first.
Result<Json> StoredActors(const Store& store, const std::string& query, size_t limit);

}  // namespace dyad::serve
