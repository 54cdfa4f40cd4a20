// Private files: patient data is readable by its owner only, whatever the umask.
#pragma once

#include <string>

namespace crampwatch {

/// Creates `path` empty with mode 0600 if it does not exist; if it exists,
/// leaves its content alone. Throws Error(kCannotCreate) naming the path.
void CreatePrivateFile(const std::string& path);

}  // namespace crampwatch
