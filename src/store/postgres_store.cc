// PostgreSQL back end: not built yet; `--db postgresql://...` says so.
#include "dyad/store.h"
#include "store/store_internal.h"

namespace dyad {

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url, StoreOptions) {
  return Result<std::unique_ptr<Store>>::Error("postgresql: PostgreSQL storage is not available in this build");
}

}  // namespace dyad
