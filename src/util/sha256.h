// Sha256: incremental SHA-256 (OpenSSL's libcrypto), for identifying imported files.
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace crampwatch {

/// Feeds bytes in any number of pieces; HexDigest() ends the computation.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void Update(std::string_view bytes);
  /// The digest as 64 lower-case hex digits. REQUIRES: called at most once.
  std::string HexDigest();

 private:
  evp_md_ctx_st* context_;
};

}  // namespace crampwatch
