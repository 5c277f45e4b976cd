// dyad — commands that live in their own file (src/cli/<name>.cc). Each takes the
// arguments after the command name and returns the exit status (0 ok, 1 nothing could be
// processed, 2 usage error).
#pragma once

#include <string>
#include <vector>

int IngestCommand(const std::vector<std::string>& args);
int WorkerCommand(const std::vector<std::string>& args);
int EnqueueCommand(const std::vector<std::string>& args);
int ServeCommand(const std::vector<std::string>& args);
