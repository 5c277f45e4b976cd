// syntax/parser_impl.h — building a Parser from an in-memory model (private).
#pragma once

#include <memory>

#include "dyad/syntax.h"
#include "syntax/model.h"

namespace dyad::syntax {

std::shared_ptr<const Parser> MakeParser(Model model);

}  // namespace dyad::syntax
